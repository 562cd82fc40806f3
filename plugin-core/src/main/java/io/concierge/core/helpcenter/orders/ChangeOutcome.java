package io.concierge.core.helpcenter.orders;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What became of a shopper's or agent's change: made (with its audit entry), invalid input, or refused. */
public final class ChangeOutcome {

    private final OrderAuditEntry audit;
    private final Map<String, String> fieldErrors;
    private final ChangeRefusal refusal;

    private ChangeOutcome(OrderAuditEntry audit, Map<String, String> fieldErrors, ChangeRefusal refusal) {
        this.audit = audit;
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fieldErrors));
        this.refusal = refusal;
    }

    static ChangeOutcome made(OrderAuditEntry audit) {
        return new ChangeOutcome(audit, Collections.<String, String>emptyMap(), null);
    }

    public static ChangeOutcome invalid(Map<String, String> fieldErrors) {
        return new ChangeOutcome(null, fieldErrors, null);
    }

    static ChangeOutcome refused(ChangeRefusal refusal) {
        return new ChangeOutcome(null, Collections.<String, String>emptyMap(), refusal);
    }

    /** Whether the change was made; otherwise nothing changed. */
    public boolean isMade() {
        return audit != null;
    }

    /** The audit entry of the change made, or null. */
    public OrderAuditEntry audit() {
        return audit;
    }

    /** Field name to message key, for input that will not do (see {@link AddressRules}); empty otherwise. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Why the order may no longer be changed, or null. */
    public ChangeRefusal refusal() {
        return refusal;
    }

    @Override
    public String toString() {
        return isMade() ? "made" : refusal != null ? "refused: " + refusal : "invalid: " + fieldErrors;
    }
}
