package io.concierge.core.kb.search;

/**
 * Turns text from the index into HTML that is safe to print as is. Everything is escaped; the only markup is the
 * {@code <mark>} element that Concierge itself puts around matched words, located by two private-use characters
 * that the index asks the highlighter to write and that {@link #indexable} removes from every indexed text.
 */
final class SnippetHtml {

    static final String MATCH_START = "\uE000";
    static final String MATCH_END = "\uE001";

    private SnippetHtml() {
    }

    /** Text as it may go into the index: without the two match markers, so no guide can forge a highlight. */
    static String indexable(String text) {
        return text == null ? null : text.replace(MATCH_START, "").replace(MATCH_END, "");
    }

    /**
     * A highlighted fragment as safe HTML; an unclosed match is closed, a stray end marker dropped. A fragment
     * longer than {@code maxChars} (a long sentence) is cut to a window around its first match, at spaces, with
     * ellipses where it was cut.
     */
    static String fromHighlight(String fragment, int maxChars) {
        String window = fragment.trim();
        int start = 0;
        int end = window.length();
        if (end > maxChars) {
            int match = Math.max(0, window.indexOf(MATCH_START));
            start = Math.max(0, match - maxChars / 3);
            int space = window.indexOf(' ', start);
            if (start > 0 && space >= 0 && space < match) {
                start = space + 1;
            }
            end = Math.min(window.length(), start + maxChars);
            space = window.lastIndexOf(' ', end);
            if (end < window.length() && space > match) {
                end = space;
            }
            if (Character.isLowSurrogate(window.charAt(start))) {
                start++;
            }
            if (end < window.length() && Character.isHighSurrogate(window.charAt(end - 1))) {
                end--;
            }
        }
        StringBuilder html = new StringBuilder(end - start + 32);
        if (start > 0) {
            html.append('\u2026');
        }
        boolean open = false;
        for (int i = start; i < end; i++) {
            char c = window.charAt(i);
            if (c == MATCH_START.charAt(0)) {
                if (!open) {
                    html.append("<mark>");
                    open = true;
                }
            } else if (c == MATCH_END.charAt(0)) {
                if (open) {
                    html.append("</mark>");
                    open = false;
                }
            } else {
                appendEscaped(html, c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        if (end < window.length()) {
            html.append('\u2026');
        }
        return html.toString();
    }

    /** The start of a plain text as safe HTML, cut at a word boundary with an ellipsis when longer than max. */
    static String fromPlainText(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        String shown = text.trim();
        if (shown.length() > maxChars) {
            int cut = shown.lastIndexOf(' ', maxChars);
            shown = QueryWords.truncate(shown, cut > maxChars / 2 ? cut : maxChars) + "\u2026";
        }
        StringBuilder html = new StringBuilder(shown.length() + 16);
        for (int i = 0; i < shown.length(); i++) {
            appendEscaped(html, shown.charAt(i));
        }
        return html.toString();
    }

    private static void appendEscaped(StringBuilder html, char c) {
        switch (c) {
            case '<': html.append("&lt;"); break;
            case '>': html.append("&gt;"); break;
            case '&': html.append("&amp;"); break;
            case '"': html.append("&quot;"); break;
            case '\'': html.append("&#39;"); break;
            default: html.append(c);
        }
    }
}
