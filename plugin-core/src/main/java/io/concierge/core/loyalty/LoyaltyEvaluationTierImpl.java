package io.concierge.core.loyalty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.AttributeOverride;
import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The thresholds an evaluation run decides by (CNC_LOYALTY_EVALUATION_TIER): one row per tier of the run, written
 * from {@link LoyaltyThresholds} when the run starts, so that the SQL reads the saved thresholds and a simulator's
 * draft alike. Mapped only so that Hibernate creates the table; the SQL reads and writes it.
 */
@Entity
@Table(name = "CNC_LOYALTY_EVALUATION_TIER")
public class LoyaltyEvaluationTierImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @EmbeddedId
    @AttributeOverride(name = "memberId", column = @Column(name = "TIER_ID"))
    protected LoyaltyRunKey key;

    @Column(name = "TIER_RANK", nullable = false)
    protected int rank;

    @Column(name = "ENTRY_THRESHOLD", nullable = false, precision = 19, scale = 2)
    protected BigDecimal entryThreshold;

    /** The lowest entry threshold of the run's higher tiers (null: none): this tier is entered below it. */
    @Column(name = "ENTRY_CEILING", precision = 19, scale = 2)
    protected BigDecimal entryCeiling;

    /** The rank of the run's tier right below (null: none), where a downgrade from this tier goes. */
    @Column(name = "LOWER_RANK")
    protected Integer lowerRank;

    @Column(name = "KEEP_THRESHOLD", nullable = false, precision = 19, scale = 2)
    protected BigDecimal keepThreshold;

    /** The run's time plus the tier's grace days: when a grace that starts in this run ends. */
    @Column(name = "GRACE_END", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date graceEnd;
}
