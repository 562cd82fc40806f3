package io.concierge.core.survey;

/**
 * How many answers fell in each group and what their scores add up to, for one slice of a survey's answers (a week,
 * a product, a carrier…), and the index the survey's kind makes of them: NPS (promoters minus detractors, in
 * percentage points of all answers) or CSAT (the satisfied share, in percent).
 */
public final class ScoreCounts {

    private final String label;
    private final long detractors;
    private final long passives;
    private final long promoters;
    private final long scoreSum;

    public ScoreCounts(String label, long detractors, long passives, long promoters, long scoreSum) {
        this.label = label;
        this.detractors = detractors;
        this.passives = passives;
        this.promoters = promoters;
        this.scoreSum = scoreSum;
    }

    ScoreCounts plus(ScoreCounts other) {
        return new ScoreCounts(label, detractors + other.detractors, passives + other.passives,
                promoters + other.promoters, scoreSum + other.scoreSum);
    }

    public String getLabel() {
        return label;
    }

    public long getAnswers() {
        return detractors + passives + promoters;
    }

    public long getDetractors() {
        return detractors;
    }

    public long getPassives() {
        return passives;
    }

    public long getPromoters() {
        return promoters;
    }

    /** Null without answers. */
    public Double getAverageScore() {
        return getAnswers() == 0 ? null : round((double) scoreSum / getAnswers());
    }

    /** NPS from -100 to 100, or CSAT from 0 to 100, one decimal; null without answers. */
    public Double index(SurveyKind kind) {
        long answers = getAnswers();
        if (answers == 0) {
            return null;
        }
        double promoted = 100.0 * promoters / answers;
        return round(SurveyKind.NPS.equals(kind) ? promoted - 100.0 * detractors / answers : promoted);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
