package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.solr.common.SolrInputDocument;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Date;

/** Maps a {@link GuideDocument} to the fields of the guide schema (concierge/solr/guides/conf/schema.xml). */
final class SolrGuideDocuments {

    /** A listed guide without a publish time is treated as published long ago. */
    private static final Date PUBLISHED_ALWAYS = new Date(0L);
    /** How much of the body a snippet may come from: more would only make every search response heavier. */
    static final int LEAD_CHARS = 600;
    /** Summaries are short; a longer one is cut, like the lead, so that Solr's highlighter never has to. */
    static final int SUMMARY_CHARS = 1000;

    private SolrGuideDocuments() {
    }

    static String id(long guideId) {
        return Long.toString(guideId);
    }

    /** A guide's id as before kinds existed; another kind's id is prefixed with its kind ("faq-12"). */
    static String id(String kind, long id) {
        return kind == null || GuideDocument.GUIDE.equals(kind) ? id(id) : kind + "-" + id;
    }

    static SolrInputDocument toSolr(GuideDocument guide) {
        Language language = Language.forLocale(guide.getLocale());
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", id(guide.getKind(), guide.getId()));
        doc.addField("doc_type", guide.getKind());
        doc.addField("guide_id", guide.getId());
        if (guide.getSlug() != null) {
            doc.addField("slug", guide.getSlug());
        }
        doc.addField("title", SnippetHtml.indexable(guide.getTitle()));
        doc.addField("locale", guide.getLocale());
        doc.addField("lang", language.isoCode());
        doc.addField("publish_at", guide.getPublishAt() != null ? guide.getPublishAt() : PUBLISHED_ALWAYS);
        addText(doc, LanguageFields.of(language, "title"), guide.getTitle());
        addText(doc, LanguageFields.of(language, "summary"), atWordBoundary(guide.getSummary(), SUMMARY_CHARS));
        String body = htmlToText(guide.getBodyHtml());
        addText(doc, LanguageFields.of(language, "body"), body);
        addText(doc, LanguageFields.of(language, "lead"), atWordBoundary(body, LEAD_CHARS));
        for (String tag : guide.getTags()) {
            addText(doc, LanguageFields.of(language, "tags"), tag);
        }
        return doc;
    }

    private static void addText(SolrInputDocument doc, String field, String text) {
        if (text != null && !text.trim().isEmpty()) {
            doc.addField(field, SnippetHtml.indexable(text.trim()));
        }
    }

    /** At most {@code maxChars}, cut before the last word that does not fit whole. */
    static String atWordBoundary(String text, int maxChars) {
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int space = text.lastIndexOf(' ', maxChars);
        return space > 0 ? text.substring(0, space) : QueryWords.truncate(text, maxChars);
    }

    /** The text a reader sees: tags removed, entities decoded, white space collapsed. */
    static String htmlToText(String html) {
        if (html == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(html.length());
        char[] buffer = new char[4096];
        try (Reader reader = new HTMLStripCharFilter(new StringReader(html))) {
            for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read a string in memory", e);
        }
        return text.toString().replaceAll("[\\s\\p{Z}]+", " ").trim();
    }
}
