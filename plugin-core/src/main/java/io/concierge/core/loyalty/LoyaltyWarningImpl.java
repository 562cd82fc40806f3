package io.concierge.core.loyalty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * A downgrade warning mailed (CNC_LOYALTY_WARNING): one per customer and grace period, the period named by the
 * standing's keep-until (a unique key), so that each customer is warned once per coming downgrade whatever the number
 * of runs or nodes. Written by {@link LoyaltyDowngradeWarnings}' INSERT … SELECT (hence the identity id); mapped so
 * that Hibernate creates the table.
 */
@Entity
@Table(name = "CNC_LOYALTY_WARNING", uniqueConstraints = @UniqueConstraint(name = "CNC_LOYALTY_WARNING_PERIOD",
        columnNames = {"CUSTOMER_ID", "KEEP_UNTIL"}))
public class LoyaltyWarningImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "WARNING_ID")
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false)
    protected Long customerId;

    @Column(name = "KEEP_UNTIL", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date keepUntil;

    @Column(name = "TIER_ID", nullable = false)
    protected Long tierId;

    /** The standing's value when warned: what the mail's amount to keep the tier was worked out from. */
    @Column(name = "METRIC_VALUE", nullable = false, precision = 19, scale = 2)
    protected BigDecimal metricValue;

    @Column(name = "RUN_ID", nullable = false, length = 36)
    protected String runId;

    @Column(name = "WARNED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date warnedAt;
}
