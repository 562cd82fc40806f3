package io.concierge.core.survey;

import io.concierge.core.helpcenter.cases.CaseReason;
import io.concierge.core.kernel.Language;

import java.io.Serializable;

/** A reason of a survey's own, which a detractor ticks on the follow-up ({@link SurveyReasonImpl}). */
public interface SurveyReason extends Serializable {

    Long getId();

    /** The label in {@code language}, or the English one where that language has none. */
    String labelIn(Language language);

    /** Whether detractors are offered it; a retired reason stays on the answers that gave it. */
    boolean isActive();

    /** The help center's reason that classifies the case of a detractor who ticked this one first; may be null. */
    CaseReason getCaseReason();
}
