package io.concierge.core.loyalty;

import org.hibernate.annotations.Index;

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
 * One tier change of a customer (CNC_LOYALTY_CHANGE): from and to which tier (null: none), why, when, and staff's
 * note and name for a manual one. The id is an identity column because the recalculation inserts changes with one
 * INSERT … SELECT, which no id table generator can number.
 */
@Entity
@Table(name = "CNC_LOYALTY_CHANGE")
public class LoyaltyChangeImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "CHANGE_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "CNC_LOYALTY_CHANGE_CUSTOMER_INDEX", columnNames = {"CUSTOMER_ID"})
    protected Long customerId;

    @Column(name = "FROM_TIER_ID")
    protected Long fromTierId;

    @Column(name = "TO_TIER_ID")
    protected Long toTierId;

    @Column(name = "REASON", nullable = false, length = 16)
    protected String reason;

    @Column(name = "NOTE", length = 500)
    protected String note;

    @Column(name = "CHANGED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date changedAt;

    /** The admin user who assigned or revoked a manual tier; null for the system's changes. */
    @Column(name = "CHANGED_BY", length = 100)
    protected String changedBy;

    public LoyaltyChangeImpl() {
    }

    LoyaltyChangeImpl(long customerId, Long fromTierId, Long toTierId, LoyaltyChangeReason reason, String note,
                      Date changedAt, String changedBy) {
        this.changedBy = changedBy;
        this.customerId = customerId;
        this.fromTierId = fromTierId;
        this.toTierId = toTierId;
        this.reason = reason.name();
        this.note = note;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public Long getFromTierId() {
        return fromTierId;
    }

    public Long getToTierId() {
        return toTierId;
    }

    public LoyaltyChangeReason getReason() {
        return LoyaltyChangeReason.valueOf(reason);
    }

    public String getNote() {
        return note;
    }

    public Date getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
