package io.concierge.core.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URL keys of what Concierge publishes (guides, their categories and tags, and the records of later
 * capabilities): lowercase letters a-z, digits and single hyphens between them, e.g.
 * {@code como-escolher-o-tenis-certo}.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;

    /** The same rule for the admin's regular-expression validator; it lets an empty value through (derived). */
    public static final String ADMIN_PATTERN = "(?:[a-z0-9]+(?:-[a-z0-9]+)*)?";

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG_CHARACTERS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /**
     * Derives a slug from a title or name: accents dropped ("tênis" gives "tenis"), everything that is not a letter
     * or digit turned into one hyphen, cut to {@link #MAX_LENGTH} at a word boundary. Empty when nothing usable is
     * left (a title made only of symbols).
     */
    public static String fromText(String text) {
        return fromText(text, MAX_LENGTH);
    }

    /** {@link #fromText(String)} cut to {@code maxLength} (at most {@link #MAX_LENGTH}), at a word boundary. */
    public static String fromText(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(foldLettersWithoutDecomposition(text), Normalizer.Form.NFD);
        String ascii = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = trimHyphens(NOT_SLUG_CHARACTERS.matcher(ascii).replaceAll("-"));
        int limit = Math.min(maxLength, MAX_LENGTH);
        if (slug.length() > limit) {
            int lastBreak = slug.lastIndexOf('-', limit);
            slug = trimHyphens(slug.substring(0, lastBreak > 0 ? lastBreak : limit));
        }
        return slug;
    }

    /** Latin letters that Unicode does not decompose into a base letter and an accent. */
    private static String foldLettersWithoutDecomposition(String text) {
        return text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
                .replace("Đ", "D");
    }

    private static String trimHyphens(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '-') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '-') {
            end--;
        }
        return value.substring(start, end);
    }
}
