package io.concierge.core.kb.search;

import java.util.Locale;

/**
 * The languages the guide index analyses. Each has its own fields in the index (title_pt, body_pt, ...), so a
 * search in one language only ever matches guides written in it.
 */
public enum SearchLanguage {

    EN("en", "en", "English"),
    PT("pt", "pt_BR", "Português (Brasil)"),
    ES("es", "es", "Español");

    private final String code;
    private final String locale;
    private final String displayName;

    SearchLanguage(String code, String locale, String displayName) {
        this.code = code;
        this.locale = locale;
        this.displayName = displayName;
    }

    /** The suffix of this language's index fields and the name of its spelling dictionary. */
    public String code() {
        return code;
    }

    /** The guide locale that stands for this language ("en", "pt_BR", "es"). */
    public String locale() {
        return locale;
    }

    /** The language's name in itself, for admin lists. */
    public String displayName() {
        return displayName;
    }

    /** The index field {@code base} of this language, e.g. {@code body_pt}. */
    public String field(String base) {
        return base + "_" + code;
    }

    /** "pt", "pt_BR" and "pt-PT" are Portuguese, "es_MX" Spanish; anything else, null included, is English. */
    public static SearchLanguage forLocale(String locale) {
        SearchLanguage language = matching(locale);
        return language != null ? language : EN;
    }

    /** Whether {@code locale} names one of the analysed languages (no fallback, unlike {@link #forLocale}). */
    public static boolean isSupported(String locale) {
        return matching(locale) != null;
    }

    private static SearchLanguage matching(String locale) {
        if (locale == null) {
            return null;
        }
        String lower = locale.trim().toLowerCase(Locale.ROOT);
        for (SearchLanguage language : values()) {
            if (lower.equals(language.code) || lower.startsWith(language.code + "_")
                    || lower.startsWith(language.code + "-")) {
                return language;
            }
        }
        return null;
    }
}
