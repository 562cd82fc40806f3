package io.concierge.core.kernel;

import java.util.Collections;
import java.util.Map;

/** Settings that break a rule; nothing was saved. Carries one message key per offending field. */
public class InvalidSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidSettingsException(Map<String, String> fieldErrors) {
        super("Invalid Concierge settings: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(fieldErrors);
    }

    /** Field name to message key. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
