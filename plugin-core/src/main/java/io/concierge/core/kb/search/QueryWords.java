package io.concierge.core.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns what a shopper typed into a short list of words that is safe to search: the text is cut to a bounded
 * length, split on white space, and each word loses its leading and trailing punctuation and any invisible or
 * control characters. Characters inside a word ("wi-fi", "don't", "a:b") are kept; the query builder escapes them.
 */
final class QueryWords {

    /** Longer input is cut: nobody types more into a help search, and it bounds the query's cost. */
    static final int MAX_CHARS = 200;
    static final int MAX_WORDS = 10;
    static final int MAX_WORD_CHARS = 40;

    private QueryWords() {
    }

    static List<String> split(String text) {
        if (text == null) {
            return Collections.emptyList();
        }
        List<String> words = new ArrayList<String>();
        for (String piece : truncate(text, MAX_CHARS).split("[\\s\\p{Z}]+")) {
            String word = truncate(trimPunctuation(visibleOnly(piece)), MAX_WORD_CHARS);
            if (!word.isEmpty()) {
                words.add(word);
                if (words.size() == MAX_WORDS) {
                    break;
                }
            }
        }
        return words;
    }

    /** Cuts at a code point boundary, never inside a surrogate pair. */
    static String truncate(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }

    private static String visibleOnly(String piece) {
        StringBuilder kept = new StringBuilder(piece.length());
        for (int i = 0; i < piece.length(); ) {
            int codePoint = piece.codePointAt(i);
            switch (Character.getType(codePoint)) {
                case Character.CONTROL:
                case Character.FORMAT:
                case Character.PRIVATE_USE:
                case Character.SURROGATE:
                case Character.UNASSIGNED:
                    break;
                default:
                    kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    private static String trimPunctuation(String piece) {
        int start = 0;
        int end = piece.length();
        while (start < end && !Character.isLetterOrDigit(piece.codePointAt(start))) {
            start += Character.charCount(piece.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(piece.codePointBefore(end))) {
            end -= Character.charCount(piece.codePointBefore(end));
        }
        return piece.substring(start, end);
    }
}
