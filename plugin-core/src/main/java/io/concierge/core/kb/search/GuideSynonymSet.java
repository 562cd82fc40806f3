package io.concierge.core.kb.search;

import java.io.Serializable;

/**
 * A line of equivalent search terms for one language, edited by the merchant: {@code tenis, sapatilha, calçado
 * esportivo}. Applied when shoppers search, so a change works at once, without reindexing.
 */
public interface GuideSynonymSet extends Serializable {

    Long getId();

    /** The guide locale the line is for: "en", "pt_BR" or "es". */
    String getLocale();

    void setLocale(String locale);

    /** Terms separated by commas; see {@link SynonymLine}. */
    String getSynonyms();

    void setSynonyms(String synonyms);
}
