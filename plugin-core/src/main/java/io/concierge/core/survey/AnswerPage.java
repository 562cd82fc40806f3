package io.concierge.core.survey;

import java.util.Collections;
import java.util.List;

/**
 * What the answer page shows after a click or a follow-up: the answer with its survey, and whether this click
 * recorded it or found it recorded already, and for a detractor the survey's reasons in the order's language; or
 * nothing, for a link that is forged, expired or off the scale.
 */
public final class AnswerPage {

    private static final AnswerPage NONE = new AnswerPage(null, null, false, Collections.<Reason>emptyList());

    private final SurveyAnswerImpl answer;
    private final Survey survey;
    private final boolean justRecorded;
    private final List<Reason> reasons;

    private AnswerPage(SurveyAnswerImpl answer, Survey survey, boolean justRecorded, List<Reason> reasons) {
        this.answer = answer;
        this.survey = survey;
        this.justRecorded = justRecorded;
        this.reasons = reasons;
    }

    /** A reason to tick: its id and its label in the order's language. */
    public static final class Reason {
        private final long id;
        private final String label;

        Reason(long id, String label) {
            this.id = id;
            this.label = label;
        }

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }
    }

    static AnswerPage none() {
        return NONE;
    }

    static AnswerPage of(SurveyAnswerImpl answer, Survey survey, boolean justRecorded, List<Reason> reasons) {
        return new AnswerPage(answer, survey, justRecorded, reasons);
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

    /** The survey's reasons a detractor may tick, in the order's language (empty for other groups). */
    public List<Reason> getReasons() {
        return reasons;
    }

    /** True when this click recorded the score; false when it had been answered before (nothing recorded twice). */
    public boolean isJustRecorded() {
        return justRecorded;
    }
}
