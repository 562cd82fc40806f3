package io.concierge.core.loyalty;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** JPA mapping of {@link LoyaltyAssignment} (CNC_LOYALTY_ASSIGNMENT), read by {@link LoyaltyEvaluation}'s SQL. */
@Entity
@Table(name = "CNC_LOYALTY_ASSIGNMENT")
public class LoyaltyAssignmentImpl implements LoyaltyAssignment {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "TIER_ID", nullable = false)
    protected Long tierId;

    @Column(name = "NOTE", nullable = false, length = LoyaltyStandings.MAX_NOTE_LENGTH)
    protected String note;

    @Column(name = "KEPT_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date keptUntil;

    @Column(name = "ASSIGNED_BY", length = 100)
    protected String assignedBy;

    @Column(name = "ASSIGNED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date assignedAt;

    @Override
    public long getCustomerId() {
        return customerId;
    }

    @Override
    public long getTierId() {
        return tierId;
    }

    @Override
    public String getNote() {
        return note;
    }

    @Override
    public Date getKeptUntil() {
        return keptUntil;
    }

    @Override
    public String getAssignedBy() {
        return assignedBy;
    }

    @Override
    public Date getAssignedAt() {
        return assignedAt;
    }

    @Override
    public boolean inForceAt(Date now) {
        return keptUntil == null || keptUntil.after(now);
    }
}
