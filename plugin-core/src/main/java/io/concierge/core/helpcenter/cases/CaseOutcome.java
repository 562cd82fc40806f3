package io.concierge.core.helpcenter.cases;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What became of a case filed or a message written: done (with the case), or input that will not do. */
public final class CaseOutcome {

    private final SupportCase supportCase;
    private final Map<String, String> fieldErrors;

    private CaseOutcome(SupportCase supportCase, Map<String, String> fieldErrors) {
        this.supportCase = supportCase;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fieldErrors));
    }

    static CaseOutcome done(SupportCase supportCase) {
        return new CaseOutcome(supportCase, Collections.<String, String>emptyMap());
    }

    static CaseOutcome invalid(Map<String, String> fieldErrors) {
        return new CaseOutcome(null, fieldErrors);
    }

    public boolean isDone() {
        return supportCase != null;
    }

    /** The case, as it is after the change; null when invalid. */
    public SupportCase supportCase() {
        return supportCase;
    }

    /** Field name to message key ({@link CaseRules}); empty when done. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public String toString() {
        return isDone() ? "done: " + supportCase.getNumber() : "invalid: " + fieldErrors;
    }
}
