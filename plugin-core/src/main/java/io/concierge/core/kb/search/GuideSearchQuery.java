package io.concierge.core.kb.search;

/** A shopper's search: the text as typed, the storefront locale, and which page of results (from 1). */
public final class GuideSearchQuery {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    /** Results beyond this position are not served: nobody pages that far, and deep pages are costly. */
    public static final int MAX_RESULT_POSITION = 1000;

    private final String text;
    private final String locale;
    private final int page;
    private final int pageSize;
    private final String client;

    /**
     * @param text     as typed; null, blank or any characters are fine (see {@link GuideSearchService#search})
     * @param locale   the storefront locale, e.g. "pt_BR"; unknown or null searches English guides
     * @param page     from 1; smaller values mean 1, values past {@link #MAX_RESULT_POSITION} the last page there
     * @param pageSize 1 to {@link #MAX_PAGE_SIZE}; anything else means {@link #DEFAULT_PAGE_SIZE} or the maximum
     */
    public GuideSearchQuery(String text, String locale, int page, int pageSize) {
        this(text, locale, page, pageSize, null);
    }

    /** @param client who searches (e.g. the client address), so that a content gap counts each client once */
    public GuideSearchQuery(String text, String locale, int page, int pageSize, String client) {
        this.client = client;
        this.text = text;
        this.locale = locale;
        this.pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        this.page = Math.max(1, Math.min(page, MAX_RESULT_POSITION / this.pageSize));
    }

    public GuideSearchQuery(String text, String locale) {
        this(text, locale, 1, DEFAULT_PAGE_SIZE);
    }

    public String getText() {
        return text;
    }

    public String getLocale() {
        return locale;
    }

    public int getPage() {
        return page;
    }

    /** Null when unknown: such searches count as one client. */
    public String getClient() {
        return client;
    }

    public int getPageSize() {
        return pageSize;
    }

    int firstResult() {
        return (page - 1) * pageSize;
    }
}
