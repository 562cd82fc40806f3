package io.concierge.core.loyalty;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One recalculation run (CNC_LOYALTY_RECALCULATION_RUN): the customer ids it covers, the time every range evaluates
 * at, and the first id not yet committed, moved on in each range's own transaction, so that a run that was stopped
 * is continued from there by whichever node runs the job next. Finished (or superseded) runs stay as the job's
 * history.
 */
@Entity
@Table(name = "CNC_LOYALTY_RECALCULATION_RUN")
public class LoyaltyRecalculationRunImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "RUN_ID")
    protected Long id;

    /** When the run started: every range, also a resumed one, evaluates the standings at this time. */
    @Column(name = "STARTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date startedAt;

    @Column(name = "FIRST_CUSTOMER_ID", nullable = false)
    protected long firstCustomerId;

    @Column(name = "LAST_CUSTOMER_ID", nullable = false)
    protected long lastCustomerId;

    /** The first customer id of the ranges not committed yet. */
    @Column(name = "NEXT_CUSTOMER_ID", nullable = false)
    protected long nextCustomerId;

    /** Tier changes committed by all of the run's ranges. */
    @Column(name = "CHANGES", nullable = false)
    protected int changes;

    /** Null while ranges are left to do; also set when a newer run superseded this one. */
    @Column(name = "FINISHED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date finishedAt;

    public LoyaltyRecalculationRunImpl() {
    }

    LoyaltyRecalculationRunImpl(Date startedAt, long firstCustomerId, long lastCustomerId) {
        this.startedAt = startedAt;
        this.firstCustomerId = firstCustomerId;
        this.lastCustomerId = lastCustomerId;
        this.nextCustomerId = firstCustomerId;
    }

    public Long getId() {
        return id;
    }

    public Date getStartedAt() {
        return startedAt;
    }

    public long getFirstCustomerId() {
        return firstCustomerId;
    }

    public long getLastCustomerId() {
        return lastCustomerId;
    }

    public long getNextCustomerId() {
        return nextCustomerId;
    }

    public int getChanges() {
        return changes;
    }

    public Date getFinishedAt() {
        return finishedAt;
    }
}
