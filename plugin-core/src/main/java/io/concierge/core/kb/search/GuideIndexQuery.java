package io.concierge.core.kb.search;

import io.concierge.core.kernel.Language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/** A search as the index executes it: groups already expanded with synonyms, stop words already left out. */
public final class GuideIndexQuery {

    private final Language language;
    private final List<TermGroup> groups;
    private final List<String> words;
    private final Date now;
    private final int start;
    private final int rows;
    private final boolean guidesOnly;

    /**
     * @param groups what every found guide must match; not empty
     * @param words  the shopper's words, checked for spelling
     * @param now    guides published after this moment are not found
     */
    public GuideIndexQuery(Language language, List<TermGroup> groups, List<String> words, Date now,
                           int start, int rows) {
        this(language, groups, words, now, start, rows, true);
    }

    /** @param guidesOnly false: documents of every kind (guides and FAQ entries) in one ranked list */
    public GuideIndexQuery(Language language, List<TermGroup> groups, List<String> words, Date now,
                           int start, int rows, boolean guidesOnly) {
        this.guidesOnly = guidesOnly;
        this.language = language;
        this.groups = Collections.unmodifiableList(new ArrayList<TermGroup>(groups));
        this.words = Collections.unmodifiableList(new ArrayList<String>(words));
        this.now = new Date(now.getTime());
        this.start = start;
        this.rows = rows;
    }

    public Language getLanguage() {
        return language;
    }

    public List<TermGroup> getGroups() {
        return groups;
    }

    public List<String> getWords() {
        return words;
    }

    public Date getNow() {
        return new Date(now.getTime());
    }

    public int getStart() {
        return start;
    }

    public int getRows() {
        return rows;
    }

    public boolean isGuidesOnly() {
        return guidesOnly;
    }
}
