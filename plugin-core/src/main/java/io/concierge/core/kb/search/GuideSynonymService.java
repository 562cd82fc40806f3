package io.concierge.core.kb.search;

import java.util.List;

/** The merchant's search synonyms. Changes apply to the next search, without reindexing. */
public interface GuideSynonymService {

    GuideSynonymSet create();

    List<GuideSynonymSet> readAll();

    /**
     * Stores the line with its locale made canonical ("pt-BR" becomes "pt_BR").
     *
     * @throws InvalidSynonymsException when the locale is not one of en, pt_BR, es or the line has fewer than two
     *                                  terms (or too many, or too long ones)
     */
    GuideSynonymSet save(GuideSynonymSet synonymSet);

    void delete(GuideSynonymSet synonymSet);

    /**
     * The synonyms as searches apply them, kept in memory: reloaded after any change made in this JVM, and at least
     * every {@code concierge.search.synonyms.refreshSeconds} for changes made on other store nodes.
     */
    SynonymTable currentTable();
}
