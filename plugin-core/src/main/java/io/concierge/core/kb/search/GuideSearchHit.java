package io.concierge.core.kb.search;

/** One guide found. */
public final class GuideSearchHit {

    private final String kind;
    private final long guideId;
    private final String slug;
    private final String title;
    private final String locale;
    private final String snippetHtml;

    public GuideSearchHit(long guideId, String slug, String title, String locale, String snippetHtml) {
        this(GuideDocument.GUIDE, guideId, slug, title, locale, snippetHtml);
    }

    /** @param kind the document's kind ({@link GuideDocument#GUIDE}, {@link GuideDocument#FAQ}); null: a guide */
    public GuideSearchHit(String kind, long guideId, String slug, String title, String locale, String snippetHtml) {
        this.kind = kind == null ? GuideDocument.GUIDE : kind;
        this.guideId = guideId;
        this.slug = slug;
        this.title = title;
        this.locale = locale;
        this.snippetHtml = snippetHtml;
    }

    public String getKind() {
        return kind;
    }

    /** True for a help-center FAQ entry: {@link #getGuideId()} is then the entry's id and there is no slug. */
    public boolean isFaq() {
        return GuideDocument.FAQ.equals(kind);
    }

    public long getGuideId() {
        return guideId;
    }

    public String getSlug() {
        return slug;
    }

    /** Plain text: escape it when printing. */
    public String getTitle() {
        return title;
    }

    public String getLocale() {
        return locale;
    }

    /**
     * A passage of the guide where the search matched, as safe HTML: all text is escaped and the matched words are
     * wrapped in {@code <mark>}. Print it unescaped. Taken from the start of the body (the first
     * {@value SolrGuideDocuments#LEAD_CHARS} characters) or else from the summary, which is shown unmarked when
     * nothing matched there either (a guide found through its title, a later part of its body, or a typo).
     */
    public String getSnippetHtml() {
        return snippetHtml;
    }
}
