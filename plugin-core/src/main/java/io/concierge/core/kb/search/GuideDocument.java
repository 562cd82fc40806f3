package io.concierge.core.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * What the search index knows of one guide. The knowledge-base domain builds it; the index never reads entities,
 * so either side can change its storage without the other noticing.
 */
public final class GuideDocument {

    /** The kind of a guide's document (the default). */
    public static final String GUIDE = "guide";
    /** The kind of a help-center FAQ entry's document: question as title, answer as body, no slug. */
    public static final String FAQ = "faq";

    private final String kind;
    private final long id;
    private final String slug;
    private final String locale;
    private final String title;
    private final String summary;
    private final String bodyHtml;
    private final String categorySlug;
    private final List<String> tags;
    private final boolean listed;
    private final Date publishAt;

    /**
     * @param locale   one of "en", "pt_BR", "es" (the guide's language, which chooses the analysis)
     * @param bodyHtml the sanitized body; the index strips the markup
     * @param listed   true when the guide is published or scheduled; false for drafts and archived guides
     * @param publishAt when shoppers may see it; a listed guide is searchable only from this moment on
     */
    public GuideDocument(long id, String slug, String locale, String title, String summary, String bodyHtml,
                         String categorySlug, List<String> tags, boolean listed, Date publishAt) {
        this(GUIDE, id, slug, locale, title, summary, bodyHtml, categorySlug, tags, listed, publishAt);
    }

    /** @param kind {@link #GUIDE} or {@link #FAQ}: documents of both kinds share one index and its analysis */
    public GuideDocument(String kind, long id, String slug, String locale, String title, String summary,
                         String bodyHtml, String categorySlug, List<String> tags, boolean listed, Date publishAt) {
        this.kind = kind == null ? GUIDE : kind;
        this.id = id;
        this.slug = slug;
        this.locale = locale;
        this.title = title;
        this.summary = summary;
        this.bodyHtml = bodyHtml;
        this.categorySlug = categorySlug;
        this.tags = Collections.unmodifiableList(new ArrayList<String>(tags));
        this.listed = listed;
        this.publishAt = publishAt == null ? null : new Date(publishAt.getTime());
    }

    public String getKind() { return kind; }

    public long getId() { return id; }

    public String getSlug() { return slug; }

    public String getLocale() { return locale; }

    public String getTitle() { return title; }

    public String getSummary() { return summary; }

    public String getBodyHtml() { return bodyHtml; }

    public String getCategorySlug() { return categorySlug; }

    public List<String> getTags() { return tags; }

    public boolean isListed() { return listed; }

    public Date getPublishAt() { return publishAt == null ? null : new Date(publishAt.getTime()); }
}
