package io.concierge.storefront.kb;

/** Reads a page number from a query string: anything that is not a sensible number means page 1. */
public final class PageNumbers {

    static final int LAST_PAGE = 10000;

    private PageNumbers() {
    }

    public static int parse(String text) {
        if (text == null || !text.trim().matches("\\d{1,5}")) {
            return 1;
        }
        return Math.max(1, Math.min(LAST_PAGE, Integer.parseInt(text.trim())));
    }
}
