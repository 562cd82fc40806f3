package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;

/** The guide index keeps each language in fields of its own (title_pt, body_pt, ...): one search never mixes two. */
final class LanguageFields {

    private LanguageFields() {
    }

    /** The index field {@code base} of {@code language}, e.g. {@code body_pt}. */
    static String of(Language language, String base) {
        return base + "_" + language.isoCode();
    }
}
