package io.concierge.core.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link Language} as a Broadleaf enumeration type, so that every admin form that stores a language code (guides,
 * synonyms, content gaps, and what later capabilities write) offers the same drop-down.
 */
public final class LanguageType extends EnumerationType implements Comparable<LanguageType> {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, LanguageType> TYPES = new LinkedHashMap<String, LanguageType>();

    public static final LanguageType ENGLISH = new LanguageType(Language.ENGLISH);
    public static final LanguageType PORTUGUESE = new LanguageType(Language.PORTUGUESE);
    public static final LanguageType SPANISH = new LanguageType(Language.SPANISH);

    private final Language language;

    private LanguageType(Language language) {
        super(language.code(), language.displayName());
        this.language = language;
        TYPES.put(getType(), this);
    }

    public static LanguageType getInstance(String code) {
        return code == null ? null : TYPES.get(code);
    }

    /** In {@link Language}'s order, as the admin lists them. */
    @Override
    public int compareTo(LanguageType other) {
        return language.compareTo(other.language);
    }

    private Object readResolve() {
        return TYPES.get(getType());
    }
}
