package io.concierge.core.helpcenter.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A profile change made, or refused with field problems (field name to message key) and nothing changed. */
public final class ProfileOutcome {

    /** The field of a problem that belongs to the whole form (e.g. a registration no longer possible). */
    public static final String FORM = "form";

    private static final ProfileOutcome MADE = new ProfileOutcome(Collections.<String, String>emptyMap());

    private final Map<String, String> fieldErrors;

    private ProfileOutcome(Map<String, String> fieldErrors) {
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fieldErrors));
    }

    public static ProfileOutcome made() {
        return MADE;
    }

    public static ProfileOutcome refused(Map<String, String> fieldErrors) {
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("a refusal names its problems");
        }
        return new ProfileOutcome(fieldErrors);
    }

    public static ProfileOutcome refused(String field, String messageKey) {
        return refused(Collections.singletonMap(field, messageKey));
    }

    public boolean isMade() {
        return fieldErrors.isEmpty();
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    @Override
    public String toString() {
        return isMade() ? "made" : "refused " + fieldErrors;
    }
}
