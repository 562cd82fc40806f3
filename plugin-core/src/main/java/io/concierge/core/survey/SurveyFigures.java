package io.concierge.core.survey;

import java.util.ArrayList;
import java.util.List;

/**
 * What the survey dashboard shows for one survey and period: the index (NPS or CSAT), the response rate, the trend
 * by week, the reasons detractors gave, and the answers broken down by product, category, carrier and whether the
 * shopper changed the order themselves. Every figure comes from a set-based aggregate (SurveyDashboard).
 */
public final class SurveyFigures {

    private final Survey survey;
    private final String from;
    private final String to;
    private final long mailed;
    private final long mailedAndAnswered;
    private final ScoreCounts total;
    private final List<String> weeks;
    private final List<ScoreCounts> byWeek;
    private final List<ReasonCount> reasons;
    private final List<BreakdownTable> breakdowns;

    SurveyFigures(Survey survey, String from, String to, long mailed, long mailedAndAnswered, ScoreCounts total,
                  List<String> weeks, List<ScoreCounts> byWeek, List<ReasonCount> reasons,
                  List<BreakdownTable> breakdowns) {
        this.survey = survey;
        this.from = from;
        this.to = to;
        this.mailed = mailed;
        this.mailedAndAnswered = mailedAndAnswered;
        this.total = total;
        this.weeks = weeks;
        this.byWeek = byWeek;
        this.reasons = reasons;
        this.breakdowns = breakdowns;
    }

    /** The survey's own breakdowns; other capabilities add theirs as kernel {@code CustomerSegments}. */
    public enum Breakdown {
        PRODUCT, CATEGORY, CARRIER, SELF_SERVICE
    }

    /** One breakdown: its key, the admin message naming it, and its slices, most answers first. */
    public static final class BreakdownTable {
        private final String key;
        private final String labelKey;
        private final List<ScoreCounts> slices;

        BreakdownTable(String key, String labelKey, List<ScoreCounts> slices) {
            this.key = key;
            this.labelKey = labelKey;
            this.slices = slices;
        }

        public String getKey() {
            return key;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public List<ScoreCounts> getSlices() {
            return slices;
        }
    }

    /** How many detractors ticked a reason. */
    public static final class ReasonCount {
        private final String label;
        private final long answers;

        ReasonCount(String label, long answers) {
            this.label = label;
            this.answers = answers;
        }

        public String getLabel() {
            return label;
        }

        public long getAnswers() {
            return answers;
        }
    }

    public Survey getSurvey() {
        return survey;
    }

    /** The first day of the period, ISO. */
    public String getFrom() {
        return from;
    }

    /** The last day of the period, ISO. */
    public String getTo() {
        return to;
    }

    /** Invitations mailed in the period. */
    public long getMailed() {
        return mailed;
    }

    /** Of those, how many were answered (at any time). */
    public long getMailedAndAnswered() {
        return mailedAndAnswered;
    }

    /** Percent of the invitations mailed in the period that were answered; null when none were mailed. */
    public Double getResponseRate() {
        return mailed == 0 ? null : Math.round(1000.0 * mailedAndAnswered / mailed) / 10.0;
    }

    /** The answers given in the period. */
    public ScoreCounts getTotal() {
        return total;
    }

    public Double getIndex() {
        return total.index(survey.getKind());
    }

    public List<String> getWeeks() {
        return weeks;
    }

    public List<ScoreCounts> getByWeek() {
        return byWeek;
    }

    /** Each week's index (null for a week without answers), for the trend. */
    public List<Double> getIndexByWeek() {
        List<Double> indexes = new ArrayList<Double>();
        for (ScoreCounts week : byWeek) {
            indexes.add(week.index(survey.getKind()));
        }
        return indexes;
    }

    public List<ReasonCount> getReasons() {
        return reasons;
    }

    public List<BreakdownTable> getBreakdowns() {
        return breakdowns;
    }

    /** @return the slices of the breakdown with this key, or null when there is none */
    public List<ScoreCounts> breakdown(String key) {
        for (BreakdownTable table : breakdowns) {
            if (table.key.equals(key)) {
                return table.slices;
            }
        }
        return null;
    }
}
