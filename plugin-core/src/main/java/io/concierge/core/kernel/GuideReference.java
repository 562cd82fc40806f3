package io.concierge.core.kernel;

/** A guide as another capability links to it: its title and its storefront path. */
public final class GuideReference {

    private final String title;
    private final String path;

    public GuideReference(String title, String path) {
        this.title = title;
        this.path = path;
    }

    public String getTitle() {
        return title;
    }

    /** Relative to the storefront's context path, e.g. {@code /guides/first-night-in-a-tent}. */
    public String getPath() {
        return path;
    }
}
