package io.concierge.core.helpcenter.cases;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The cases of the last weeks, week by week (weeks start on Monday in the store's time zone): how many came for each
 * reason, the recurring complaints, and the median first response of the cases filed that week.
 */
public final class CaseReport {

    private final List<String> weeks;
    private final Map<String, List<Integer>> casesByReason;
    private final List<Integer> medianFirstResponseMinutes;
    private long answersThatSolved;

    CaseReport(List<String> weeks, Map<String, List<Integer>> casesByReason, List<Integer> medianFirstResponseMinutes) {
        this.weeks = Collections.unmodifiableList(weeks);
        this.casesByReason = Collections.unmodifiableMap(casesByReason);
        this.medianFirstResponseMinutes = Collections.unmodifiableList(medianFirstResponseMinutes);
    }

    /** Each week's Monday, ISO (yyyy-mm-dd), oldest first. */
    public List<String> getWeeks() {
        return weeks;
    }

    /** Reason label (or "" for none) to the number of cases filed in each week, in the order of {@link #getWeeks()}. */
    public Map<String, List<Integer>> getCasesByReason() {
        return casesByReason;
    }

    /**
     * Deflection: how often shoppers said an FAQ answer solved their question ("This solved it", offered while they
     * type a case's subject and on the answers), so no case was needed; all time, not per week (the clicks carry no
     * time).
     */
    public long getAnswersThatSolved() {
        return answersThatSolved;
    }

    CaseReport withAnswersThatSolved(long count) {
        this.answersThatSolved = count;
        return this;
    }

    /** Per week, the median minutes to the first answer of the cases filed then and answered; null without any. */
    public List<Integer> getMedianFirstResponseMinutes() {
        return medianFirstResponseMinutes;
    }
}
