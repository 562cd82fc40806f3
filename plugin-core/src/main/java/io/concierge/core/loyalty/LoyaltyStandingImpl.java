package io.concierge.core.loyalty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A customer's standing (CNC_LOYALTY_STANDING, one row per Broadleaf customer id that was ever evaluated): the tier
 * held (null: none), the metric's value at the last evaluation, since when the tier is held and, while the value is
 * below the tier's keep threshold, until when it is kept. Written by {@link LoyaltyEvaluation}'s SQL.
 */
@Entity
@Table(name = "CNC_LOYALTY_STANDING")
public class LoyaltyStandingImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "TIER_ID")
    protected Long tierId;

    @Column(name = "METRIC_VALUE", nullable = false, precision = 19, scale = 2)
    protected BigDecimal metricValue;

    @Column(name = "SINCE", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date since;

    @Column(name = "KEEP_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date keepUntil;

    /*
     * The metric's value in each window at the last evaluation, the saved one's as METRIC_VALUE: the simulator decides
     * a draft of another window over them. Nullable: standings written before they were stored get them from the
     * next evaluation (the night's).
     */
    @Column(name = "VALUE_LIFETIME", precision = 19, scale = 2)
    protected BigDecimal valueLifetime;

    @Column(name = "VALUE_ROLLING_12_MONTHS", precision = 19, scale = 2)
    protected BigDecimal valueRolling12Months;

    @Column(name = "VALUE_CALENDAR_YEAR", precision = 19, scale = 2)
    protected BigDecimal valueCalendarYear;

    /** When an evaluation last wrote the standing: one that finds tier, value and keep-until unchanged leaves it. */
    @Column(name = "EVALUATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date evaluatedAt;

    public Long getCustomerId() {
        return customerId;
    }

    public Long getTierId() {
        return tierId;
    }

    public BigDecimal getMetricValue() {
        return metricValue;
    }

    public Date getSince() {
        return since;
    }

    /** Null while the standing keeps the tier by its value. */
    public Date getKeepUntil() {
        return keepUntil;
    }

    /** The metric's value in {@code window} at the last evaluation; null for a standing not evaluated since. */
    public BigDecimal getValueIn(LoyaltyWindow window) {
        if (LoyaltyWindow.LIFETIME.equals(window)) {
            return valueLifetime;
        }
        return LoyaltyWindow.CALENDAR_YEAR.equals(window) ? valueCalendarYear : valueRolling12Months;
    }

    public Date getEvaluatedAt() {
        return evaluatedAt;
    }
}
