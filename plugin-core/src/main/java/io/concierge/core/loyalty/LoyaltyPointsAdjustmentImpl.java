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
 * Points staff added (or, negative, removed) for a customer with a note (CNC_LOYALTY_POINTS_ADJUSTMENT), a ledger:
 * never changed, never deleted. When the metric is {@link LoyaltyMetric#POINTS}, {@link LoyaltyEvaluation}'s SQL
 * adds those dated within the window to the points the customer's net spend earns.
 */
@Entity
@Table(name = "CNC_LOYALTY_POINTS_ADJUSTMENT")
public class LoyaltyPointsAdjustmentImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ADJUSTMENT_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "CNC_LOYALTY_POINTS_CUSTOMER_INDEX", columnNames = {"CUSTOMER_ID", "ADJUSTED_AT"})
    protected Long customerId;

    @Column(name = "POINTS", nullable = false)
    protected int points;

    @Column(name = "NOTE", nullable = false, length = 500)
    protected String note;

    @Column(name = "ADJUSTED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @Index(name = "CNC_LOYALTY_POINTS_DATE_INDEX", columnNames = {"ADJUSTED_AT"})
    protected Date adjustedAt;

    @Column(name = "ADJUSTED_BY", length = 100)
    protected String adjustedBy;

    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    /** Positive: added; negative: removed. */
    public int getPoints() {
        return points;
    }

    public String getNote() {
        return note;
    }

    public Date getAdjustedAt() {
        return adjustedAt;
    }

    /** The admin user's login. */
    public String getAdjustedBy() {
        return adjustedBy;
    }
}
