package io.concierge.core.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The languages Concierge speaks, one definition for pages, search, mails and the admin: what a guide is written in,
 * which analysis the search applies, which message bundle a shopper reads.
 */
public enum Language {

    ENGLISH("en", "en", "English"),
    PORTUGUESE("pt_BR", "pt", "Português (Brasil)"),
    SPANISH("es", "es", "Español");

    private final String code;
    private final String isoCode;
    private final String displayName;

    Language(String code, String isoCode, String displayName) {
        this.code = code;
        this.isoCode = isoCode;
        this.displayName = displayName;
    }

    /** The stored code, as Broadleaf writes locales: "en", "pt_BR", "es". */
    public String code() {
        return code;
    }

    /** The ISO 639-1 language alone: "en", "pt", "es". */
    public String isoCode() {
        return isoCode;
    }

    /** The language's name in itself, for lists. */
    public String displayName() {
        return displayName;
    }

    /** "pt", "pt_BR" and "pt-PT" are Portuguese, "es_MX" Spanish; anything else, null included, is English. */
    public static Language forLocale(String locale) {
        Language language = matching(locale);
        return language != null ? language : ENGLISH;
    }

    public static Language forLocale(Locale locale) {
        return forLocale(locale == null ? null : locale.toString());
    }

    /** The language stored under exactly this code ("pt_BR", not "pt"), or null. */
    public static Language ofCode(String code) {
        for (Language language : values()) {
            if (language.code.equals(code)) {
                return language;
            }
        }
        return null;
    }

    /** Whether {@code locale} names one of the languages (no fallback, unlike {@link #forLocale(String)}). */
    public static boolean isSupported(String locale) {
        return matching(locale) != null;
    }

    /** The stored codes, in this order: "en", "pt_BR", "es". */
    public static List<String> codes() {
        List<String> codes = new ArrayList<String>();
        for (Language language : values()) {
            codes.add(language.code);
        }
        return codes;
    }

    private static Language matching(String locale) {
        if (locale == null) {
            return null;
        }
        String lower = locale.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (lower.equals(language.isoCode) || lower.startsWith(language.isoCode + "_")
                    || lower.startsWith(language.isoCode + "-")) {
                return language;
            }
        }
        return null;
    }
}
