package io.concierge.core.survey;

/**
 * What the answer page shows after a click or a follow-up: the answer with its survey, and whether this click
 * recorded it or found it recorded already; or nothing, for a link that is forged, expired or off the scale.
 */
public final class AnswerPage {

    private static final AnswerPage NONE = new AnswerPage(null, null, false);

    private final SurveyAnswerImpl answer;
    private final Survey survey;
    private final boolean justRecorded;

    private AnswerPage(SurveyAnswerImpl answer, Survey survey, boolean justRecorded) {
        this.answer = answer;
        this.survey = survey;
        this.justRecorded = justRecorded;
    }

    static AnswerPage none() {
        return NONE;
    }

    static AnswerPage of(SurveyAnswerImpl answer, Survey survey, boolean justRecorded) {
        return new AnswerPage(answer, survey, justRecorded);
    }

    /** False for a link that does not (or no longer) open an answer: the friendly page, nothing recorded. */
    public boolean isOpen() {
        return answer != null;
    }

    public SurveyAnswerImpl getAnswer() {
        return answer;
    }

    public Survey getSurvey() {
        return survey;
    }

    /** True when this click recorded the score; false when it had been answered before (nothing recorded twice). */
    public boolean isJustRecorded() {
        return justRecorded;
    }
}
