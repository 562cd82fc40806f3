package io.concierge.storefront.helpcenter.faq;

/** One answer as /help lists it: a guide or an FAQ entry, its title (plain text), its page and its views. */
public final class HelpAnswer {

    private final String kind;
    private final String title;
    private final String url;
    private final long views;

    HelpAnswer(String kind, String title, String url, long views) {
        this.kind = kind;
        this.title = title;
        this.url = url;
        this.views = views;
    }

    /** "guide" or "faq". */
    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    /** Within the storefront, without its context path. */
    public String getUrl() {
        return url;
    }

    public long getViews() {
        return views;
    }
}
