package io.concierge.core.loyalty;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/**
 * The key of a row of an evaluation run's work tables: the run and one of its members (a customer, a tier), whose
 * column each table names with an attribute override.
 */
@Embeddable
public class LoyaltyRunKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "RUN_ID", length = 36)
    protected String runId;

    @Column(name = "MEMBER_ID")
    protected Long memberId;

    @Override
    public boolean equals(Object other) {
        return other instanceof LoyaltyRunKey && Objects.equals(runId, ((LoyaltyRunKey) other).runId)
                && Objects.equals(memberId, ((LoyaltyRunKey) other).memberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runId, memberId);
    }
}
