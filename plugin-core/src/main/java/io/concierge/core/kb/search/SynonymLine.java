package io.concierge.core.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of equivalent terms as a merchant writes it: {@code tenis, sapatilha, calçado esportivo}. Terms are
 * separated by commas; a term may have a few words. Every term of a line stands for all the others in a search.
 */
public final class SynonymLine {

    public static final int MAX_LENGTH = 1000;
    public static final int MAX_TERMS = 20;
    public static final int MAX_TERM_WORDS = 4;

    private final List<String> terms;
    private final String problem;

    private SynonymLine(List<String> terms, String problem) {
        this.terms = terms;
        this.problem = problem;
    }

    public static SynonymLine parse(String line) {
        if (line == null || line.trim().isEmpty()) {
            return invalid("Write at least two terms separated by commas.");
        }
        if (line.length() > MAX_LENGTH) {
            return invalid("A synonym line may have at most " + MAX_LENGTH + " characters.");
        }
        List<String> terms = new ArrayList<String>();
        for (String piece : line.split(",")) {
            String term = piece.replaceAll("[\\p{Cntrl}\\s\\p{Z}]+", " ").trim();
            if (term.isEmpty()) {
                continue;
            }
            if (term.split(" ").length > MAX_TERM_WORDS) {
                return invalid("\"" + term + "\" is too long: a term may have at most " + MAX_TERM_WORDS
                        + " words. Separate terms with commas.");
            }
            terms.add(term);
        }
        if (terms.size() < 2) {
            return invalid("Write at least two terms separated by commas.");
        }
        if (terms.size() > MAX_TERMS) {
            return invalid("A synonym line may have at most " + MAX_TERMS + " terms.");
        }
        return new SynonymLine(Collections.unmodifiableList(terms), null);
    }

    private static SynonymLine invalid(String problem) {
        return new SynonymLine(Collections.<String>emptyList(), problem);
    }

    public boolean isValid() {
        return problem == null;
    }

    /** Why the line cannot be used, for the merchant; null when it is valid. */
    public String getProblem() {
        return problem;
    }

    /** The terms, trimmed, white space collapsed; empty when the line is invalid. */
    public List<String> getTerms() {
        return terms;
    }
}
