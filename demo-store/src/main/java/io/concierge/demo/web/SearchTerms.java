package io.concierge.demo.web;

/**
 * What a shopper typed into the search box, reduced to plain lower-case words: letters and digits (with dots and
 * apostrophes inside words, as in "1.5" or "o'brien"). Everything else separates words, so nothing a shopper types
 * is read as Solr query syntax (quotes, brackets, wildcards, field names, AND/OR/NOT).
 */
final class SearchTerms {

    /** Longer input is cut at the last whole word before this length. */
    static final int MAX_LENGTH = 100;

    private SearchTerms() {
    }

    /** The words to search for, separated by single spaces; empty when the input holds no letter or digit. */
    static String plainWords(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder words = new StringBuilder();
        boolean hasLetterOrDigit = false;
        for (int i = 0; i < typed.length(); ) {
            int c = typed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                words.appendCodePoint(Character.toLowerCase(c));
                hasLetterOrDigit = true;
            } else if ((c == '.' || c == '\'') && words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
                words.append((char) c);
            } else if (words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
                words.append(' ');
            }
        }
        return hasLetterOrDigit ? shorten(words.toString().trim()) : "";
    }

    private static String shorten(String words) {
        if (words.length() <= MAX_LENGTH) {
            return words;
        }
        int lastSpace = words.lastIndexOf(' ', MAX_LENGTH);
        return (lastSpace > 0 ? words.substring(0, lastSpace) : words.substring(0, MAX_LENGTH)).trim();
    }
}
