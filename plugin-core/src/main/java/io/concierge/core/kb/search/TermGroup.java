package io.concierge.core.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One required part of a search: what the shopper typed (one word, or several words that form a known synonym
 * term) and the synonyms that may stand for it. A guide matches the search when it matches every group.
 */
public final class TermGroup {

    private final String typed;
    private final List<String> synonyms;

    public TermGroup(String typed, List<String> synonyms) {
        this.typed = typed;
        this.synonyms = Collections.unmodifiableList(new ArrayList<String>(synonyms));
    }

    public String getTyped() {
        return typed;
    }

    public List<String> getSynonyms() {
        return synonyms;
    }
}
