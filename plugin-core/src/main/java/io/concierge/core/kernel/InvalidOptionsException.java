package io.concierge.core.kernel;

import java.util.Collections;
import java.util.Map;

/** Options that break a rule; nothing was saved. Carries one message key per offending field. */
public class InvalidOptionsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidOptionsException(Map<String, String> fieldErrors) {
        super("Invalid Concierge options: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(fieldErrors);
    }

    /** Field name to message key. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
