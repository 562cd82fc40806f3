package io.concierge.core.loyalty;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EmbeddedId;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The work table of {@link LoyaltyEvaluation} (CNC_LOYALTY_EVALUATION): one row per customer of a run while the run
 * works out their new standing, deleted when it ends (a simulation's rows are kept until it is forgotten). Mapped
 * only so that Hibernate creates it with the schema; the SQL reads and writes it. Rows of a run never meet those of another (RUN_ID), so a checkout's evaluation of one
 * customer and the nightly run do not see each other's work. Every statement picks its run's rows by RUN_ID, which
 * the key (CUSTOMER_ID, RUN_ID: Hibernate orders an embedded id's columns by name) cannot find: hence the index on
 * RUN_ID first, without which each statement of a one-customer evaluation read a kept simulation's million rows.
 */
@Entity
@Table(name = "CNC_LOYALTY_EVALUATION")
@org.hibernate.annotations.Table(appliesTo = "CNC_LOYALTY_EVALUATION",
        indexes = @Index(name = "CNC_LOYALTY_EVALUATION_RUN_INDEX", columnNames = {"RUN_ID", "CUSTOMER_ID"}))
public class LoyaltyEvaluationRowImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An embedded id: Broadleaf's id checks at start expect every entity's id to be one field. */
    @EmbeddedId
    @AttributeOverride(name = "memberId", column = @Column(name = "CUSTOMER_ID"))
    protected LoyaltyRunKey key;

    @Column(name = "METRIC_VALUE", nullable = false, precision = 19, scale = 2)
    protected BigDecimal metricValue;

    /** The rank of the highest tier whose entry threshold the value reaches. */
    @Column(name = "ENTRY_RANK")
    protected Integer entryRank;

    @Column(name = "OLD_TIER_ID")
    protected Long oldTierId;

    @Column(name = "OLD_RANK")
    protected Integer oldRank;

    @Column(name = "OLD_KEEP_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date oldKeepUntil;

    /** 1 when the value is below the keep threshold of the tier held. */
    @Column(name = "BELOW_KEEP", nullable = false)
    protected int belowKeep;

    @Column(name = "NEW_RANK")
    protected Integer newRank;

    @Column(name = "NEW_TIER_ID")
    protected Long newTierId;

    @Column(name = "NEW_KEEP_UNTIL")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date newKeepUntil;

    @Column(name = "REASON", length = 16)
    protected String reason;

    /** 1 when the new tier is not the old one. */
    @Column(name = "CHANGED", nullable = false)
    protected int changed;

    /* The value in each window ({@link LoyaltyStandingImpl}'s, written with the standing). */
    @Column(name = "VALUE_LIFETIME", precision = 19, scale = 2)
    protected BigDecimal valueLifetime;

    @Column(name = "VALUE_ROLLING_12_MONTHS", precision = 19, scale = 2)
    protected BigDecimal valueRolling12Months;

    @Column(name = "VALUE_CALENDAR_YEAR", precision = 19, scale = 2)
    protected BigDecimal valueCalendarYear;

    /** 1 when the standing is to be written: there is none yet, or its tier, value or keep-until differ. */
    @Column(name = "RESTATED", nullable = false)
    protected int restated;
}
