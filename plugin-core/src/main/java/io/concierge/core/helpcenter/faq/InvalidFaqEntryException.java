package io.concierge.core.helpcenter.faq;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An FAQ entry that breaks {@link FaqRules}: field name to message key; nothing was saved. */
public class InvalidFaqEntryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidFaqEntryException(Map<String, String> fieldErrors) {
        super("Invalid FAQ entry: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fieldErrors));
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
