package io.concierge.core.kb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A guide, category or tag that breaks a rule of {@link KnowledgeBaseRules}; nothing was saved. Carries one message
 * key per offending field.
 */
public class InvalidGuideException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidGuideException(String what, Map<String, String> fieldErrors) {
        super("Invalid " + what + ": " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fieldErrors));
    }

    /** Field name (e.g. "slug") to message key (e.g. {@link KnowledgeBaseRules#SLUG_TAKEN}). */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
