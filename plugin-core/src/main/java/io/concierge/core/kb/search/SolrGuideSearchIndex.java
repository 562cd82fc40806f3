package io.concierge.core.kb.search;

import com.google.common.collect.Lists;
import io.concierge.core.kernel.Language;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServer;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpSolrServer;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.SpellCheckResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.File;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.Semaphore;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;

/**
 * The guide index on Solr: an embedded Solr in a directory of its own by default (property
 * {@code concierge.search.solr.home}), or a remote Solr core when {@code concierge.search.solr.url} is set (that
 * core must use the configuration in {@code concierge/solr/guides/conf} of this jar).
 */
@Component("cncGuideSearchIndex")
public class SolrGuideSearchIndex implements GuideSearchIndex {

    static final int SNIPPET_CHARS = 180;
    static final int WRITE_PART = 500;
    /** Safety net behind the explicit commit of every save: the save becomes visible within this time anyway. */
    private static final int COMMIT_WITHIN_MILLIS = 1000;

    private static final Log LOG = LogFactory.getLog(SolrGuideSearchIndex.class);

    /** Base URL of a remote Solr core, e.g. http://solr:8983/solr/guides; empty for the embedded Solr. */
    @Value("${concierge.search.solr.url:}")
    protected String solrUrl;

    /** The embedded Solr's directory (relative to the working directory); empty: java.io.tmpdir/concierge-solr. */
    @Value("${concierge.search.solr.home:}")
    protected String solrHome;

    private EmbeddedGuideSolr embedded;
    private SolrServer server;
    private String description;

    @PostConstruct
    public void open() {
        if (isBlank(solrUrl)) {
            File home = isBlank(solrHome)
                    ? new File(System.getProperty("java.io.tmpdir"), "concierge-solr") : new File(solrHome.trim());
            embedded = EmbeddedGuideSolr.open(home);
            server = embedded.server();
            description = "embedded Solr in " + home;
        } else {
            HttpSolrServer remote = new HttpSolrServer(solrUrl.trim());
            remote.setConnectionTimeout(2000);
            remote.setSoTimeout(10000);
            remote.setDefaultMaxConnectionsPerHost(64);
            remote.setMaxTotalConnections(128);
            server = remote;
            description = "Solr at " + solrUrl.trim();
            LOG.info("Concierge guide index: " + description);
        }
    }

    @PreDestroy
    public void close() {
        if (embedded != null) {
            embedded.close();
        } else if (server != null) {
            server.shutdown();
        }
    }

    /** The Solr core, for tests in this package that put documents in as an earlier rebuild left them. */
    SolrServer solrServer() {
        return server;
    }

    @Override
    public void write(List<GuideDocument> saved, Collection<Long> deletedGuideIds) {
        List<SolrInputDocument> listed = new ArrayList<SolrInputDocument>();
        List<String> removed = new ArrayList<String>();
        for (GuideDocument guide : saved) {
            if (guide.isListed()) {
                listed.add(SolrGuideDocuments.toSolr(guide));
            } else {
                removed.add(SolrGuideDocuments.id(guide.getKind(), guide.getId()));
            }
        }
        for (Long guideId : deletedGuideIds) {
            removed.add(SolrGuideDocuments.id(guideId));
        }
        if (listed.isEmpty() && removed.isEmpty()) {
            return;
        }
        try {
            // In parts, so that a change touching thousands of guides (a category renamed) makes no huge request.
            for (List<SolrInputDocument> part : Lists.partition(listed, WRITE_PART)) {
                server.add(part, COMMIT_WITHIN_MILLIS);
            }
            if (!removed.isEmpty()) {
                server.deleteById(removed, COMMIT_WITHIN_MILLIS);
            }
        } catch (SolrServerException | IOException | SolrException e) {
            throw failure("write " + listed.size() + " guides and remove " + removed.size(), e);
        }
        makeVisible();
    }

    @Override
    public void putBatch(List<GuideDocument> guides) {
        List<SolrInputDocument> docs = new ArrayList<SolrInputDocument>(guides.size());
        for (GuideDocument guide : guides) {
            if (guide.isListed()) {
                docs.add(SolrGuideDocuments.toSolr(guide));
            }
        }
        if (docs.isEmpty()) {
            return;
        }
        try {
            server.add(docs);
        } catch (SolrServerException | IOException | SolrException e) {
            throw failure("index a batch of " + docs.size() + " guides", e);
        }
    }

    @Override
    public void finishRebuild(long rewrittenWithinMillis) {
        // Solr's own clock on both sides (indexed_at defaults to NOW): no skew between store nodes and Solr.
        // Solr's date math takes an int.
        long within = Math.max(0, Math.min(rewrittenWithinMillis, Integer.MAX_VALUE));
        try {
            server.deleteByQuery("indexed_at:[* TO NOW-" + within + "MILLIS]");
            // One segment: a guide index is small enough to merge in seconds, and searches get faster.
            synchronized (server) {
                server.optimize(true, true, 1);
            }
        } catch (SolrServerException | IOException | SolrException e) {
            throw failure("finish the rebuild", e);
        }
    }

    /**
     * Exact terms (stemmed, accents folded, synonyms) first; only when that finds nothing, a second query that also
     * accepts typos and asks the spelling checker for a suggestion. Most searches find something at once and never
     * pay for the fuzzy matching.
     */
    @Override
    public GuideIndexPage search(GuideIndexQuery query) {
        QueryResponse response = execute(query, false);
        if (response.getResults().getNumFound() > 0) {
            return page(query, response, null);
        }
        String checked = String.join(" ", query.getWords());
        QueryResponse tolerant = execute(query, true);
        return page(query, tolerant, suggestion(checked, tolerant.getSpellCheckResponse()));
    }

    private QueryResponse execute(GuideIndexQuery query, boolean typoTolerant) {
        Language language = query.getLanguage();
        SolrQuery solr = new SolrQuery(SolrGuideQueries.mainQuery(language, query.getGroups(), typoTolerant));
        solr.addFilterQuery("lang:" + language.isoCode());
        // Up to the end of the current second, so that the searches of one second share a cached filter: a guide
        // published now is found at once, a scheduled one up to a second early, without any write to the index.
        solr.addFilterQuery("publish_at:[* TO " + solrDate(endOfSecond(query.getNow())) + "]");
        if (query.isGuidesOnly()) {
            // Documents of other kinds (FAQ entries) carry doc_type; guides indexed before it existed do not.
            solr.addFilterQuery("-doc_type:" + GuideDocument.FAQ);
        }
        solr.setFields("guide_id", "doc_type", "slug", "title", "locale");
        solr.setStart(query.getStart());
        solr.setRows(query.getRows());
        solr.setHighlight(true);
        solr.addHighlightField(LanguageFields.of(language, "lead"));
        solr.addHighlightField(LanguageFields.of(language, "summary"));
        solr.setHighlightSnippets(1);
        solr.set("hl.tag.pre", SnippetHtml.MATCH_START);
        solr.set("hl.tag.post", SnippetHtml.MATCH_END);
        solr.set("hl.defaultSummary", false);
        // The summary comes back even without a match: it is the snippet of last resort.
        solr.set("f." + LanguageFields.of(language, "summary") + ".hl.defaultSummary", true);
        // The whole field as one passage (lead and summary are short): Java's sentence iterator would cost more
        // than the rest of the search; the snippet is cut around the first match here (SnippetHtml).
        solr.set("hl.bs.type", "WHOLE");
        solr.set("hl.q", SolrGuideQueries.highlightQuery(language, query.getGroups()));
        if (typoTolerant) {
            solr.set("spellcheck", true);
            solr.set("spellcheck.dictionary", language.isoCode());
            solr.set("spellcheck.q", String.join(" ", query.getWords()));
            solr.set("spellcheck.count", 1);
        }
        if (embedded == null) {
            return query(solr);
        }
        Semaphore slots = embedded.searchSlots();
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("search (interrupted while waiting)", e);
        }
        try {
            return query(solr);
        } finally {
            slots.release();
        }
    }

    private QueryResponse query(SolrQuery solr) {
        try {
            return server.query(solr, SolrRequest.METHOD.POST);
        } catch (SolrServerException | SolrException e) {
            throw failure("search", e);
        }
    }

    private static GuideIndexPage page(GuideIndexQuery query, QueryResponse response, String suggestion) {
        String summaryField = LanguageFields.of(query.getLanguage(), "summary");
        String leadField = LanguageFields.of(query.getLanguage(), "lead");
        List<GuideSearchHit> hits = new ArrayList<GuideSearchHit>();
        Map<String, Map<String, List<String>>> highlighting = response.getHighlighting();
        for (SolrDocument doc : response.getResults()) {
            Long guideId = (Long) doc.getFieldValue("guide_id");
            String kind = (String) doc.getFieldValue("doc_type");
            Map<String, List<String>> fragments = highlighting == null ? null
                    : highlighting.get(SolrGuideDocuments.id(kind, guideId));
            hits.add(new GuideSearchHit(kind, guideId, (String) doc.getFieldValue("slug"),
                    (String) doc.getFieldValue("title"), (String) doc.getFieldValue("locale"),
                    snippet(fragments, leadField, summaryField)));
        }
        return new GuideIndexPage(response.getResults().getNumFound(), hits, suggestion);
    }

    /** The body's first match if it is in the lead, else the summary, with its match if it has one. */
    private static String snippet(Map<String, List<String>> fragments, String leadField, String summaryField) {
        String lead = first(fragments, leadField);
        if (lead != null) {
            return SnippetHtml.fromHighlight(lead, SNIPPET_CHARS);
        }
        String summary = first(fragments, summaryField);
        return summary == null ? "" : SnippetHtml.fromHighlight(summary, SNIPPET_CHARS);
    }

    private static String first(Map<String, List<String>> fragments, String field) {
        List<String> found = fragments == null ? null : fragments.get(field);
        return found == null || found.isEmpty() ? null : found.get(0);
    }

    /** The checked text with each misspelled word replaced by the first suggestion; null when nothing changes. */
    static String suggestion(String checked, SpellCheckResponse spelling) {
        if (spelling == null || spelling.getSuggestions() == null || spelling.getSuggestions().isEmpty()) {
            return null;
        }
        List<SpellCheckResponse.Suggestion> ordered =
                new ArrayList<SpellCheckResponse.Suggestion>(spelling.getSuggestions());
        Collections.sort(ordered, Comparator.comparingInt(SpellCheckResponse.Suggestion::getStartOffset));
        StringBuilder corrected = new StringBuilder();
        int position = 0;
        for (SpellCheckResponse.Suggestion suggestion : ordered) {
            List<String> alternatives = suggestion.getAlternatives();
            if (suggestion.getStartOffset() < position || suggestion.getEndOffset() > checked.length()
                    || alternatives == null || alternatives.isEmpty()) {
                continue;
            }
            corrected.append(checked, position, suggestion.getStartOffset()).append(alternatives.get(0));
            position = suggestion.getEndOffset();
        }
        corrected.append(checked.substring(position));
        String result = corrected.toString();
        return result.equalsIgnoreCase(checked) ? null : result;
    }

    /** Soft commit, waiting for the new searcher; one at a time, so that frequent saves do not pile up searchers. */
    private void makeVisible() {
        try {
            synchronized (server) {
                server.commit(false, true, true);
            }
        } catch (SolrServerException | IOException | SolrException e) {
            // The change is written; commitWithin makes it visible shortly.
            LOG.warn("Concierge guide index: a change becomes visible within " + COMMIT_WITHIN_MILLIS
                    + " ms instead of at once: " + e.getMessage());
        }
    }

    private GuideIndexException failure(String action, Exception cause) {
        return new GuideIndexException("Cannot " + action + " in the guide index (" + description + "): "
                + cause.getMessage(), cause);
    }

    private static Date endOfSecond(Date date) {
        return new Date(date.getTime() / 1000 * 1000 + 999);
    }

    private static String solrDate(Date date) {
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
