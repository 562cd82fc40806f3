package io.concierge.core.helpcenter.cases;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The cases of the last weeks, week by week (weeks start on Monday in the store's time zone): how many came for each
 * reason, the recurring complaints; the median first response per channel of the cases filed that week; and the
 * contacts the FAQ answers avoided.
 */
public final class CaseReport {

    private final List<String> weeks;
    private final Map<String, List<Integer>> casesByReason;
    private final Map<String, List<Integer>> medianFirstResponseMinutesByChannel;
    private final List<Integer> answersThatSolvedByWeek;
    private final long answersThatSolved;

    CaseReport(List<String> weeks, Map<String, List<Integer>> casesByReason,
               Map<String, List<Integer>> medianFirstResponseMinutesByChannel, List<Integer> answersThatSolvedByWeek,
               long answersThatSolved) {
        this.weeks = Collections.unmodifiableList(weeks);
        this.casesByReason = Collections.unmodifiableMap(casesByReason);
        this.medianFirstResponseMinutesByChannel = Collections.unmodifiableMap(medianFirstResponseMinutesByChannel);
        this.answersThatSolvedByWeek = Collections.unmodifiableList(answersThatSolvedByWeek);
        this.answersThatSolved = answersThatSolved;
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
     * Channel ({@link ContactChannelKind#getType()}, for each channel that had cases in these weeks) to the median
     * minutes to the first answer of the cases filed each week and answered; null for a week without any.
     */
    public Map<String, List<Integer>> getMedianFirstResponseMinutesByChannel() {
        return medianFirstResponseMinutesByChannel;
    }

    /**
     * Deflection per week: how often shoppers said an FAQ answer solved their question ("This solved it", offered
     * while they type a case's subject and on the answers), so no case was needed.
     */
    public List<Integer> getAnswersThatSolvedByWeek() {
        return answersThatSolvedByWeek;
    }

    /** The same, all time. */
    public long getAnswersThatSolved() {
        return answersThatSolved;
    }
}
