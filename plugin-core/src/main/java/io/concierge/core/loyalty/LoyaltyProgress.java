package io.concierge.core.loyalty;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

/**
 * Where a customer stands, as the shopper's page tells it: the tier held (or none), the value of the programme's
 * metric, the next tier up and what is missing to enter it, and, while the value is below the tier's keep threshold,
 * until when the tier is kept before it drops one. Plain Java over the tiers and the stored standing.
 */
public final class LoyaltyProgress {

    private final LoyaltyMetric metric;
    private final LoyaltyTier tier;
    private final BigDecimal value;
    private final LoyaltyTier next;
    private final BigDecimal missing;
    private final Date keptUntil;

    private LoyaltyProgress(LoyaltyMetric metric, LoyaltyTier tier, BigDecimal value, LoyaltyTier next,
                            BigDecimal missing, Date keptUntil) {
        this.metric = metric;
        this.tier = tier;
        this.value = value;
        this.next = next;
        this.missing = missing;
        this.keptUntil = keptUntil;
    }

    /**
     * @param tiers    the store's tiers, lowest rank first
     * @param standing the customer's standing, or null when they were never evaluated
     */
    public static LoyaltyProgress of(LoyaltyMetric metric, List<LoyaltyTier> tiers, LoyaltyStandingImpl standing) {
        BigDecimal value = standing == null ? BigDecimal.ZERO : standing.getMetricValue();
        LoyaltyTier held = null;
        for (LoyaltyTier tier : tiers) {
            if (standing != null && tier.getId().equals(standing.getTierId())) {
                held = tier;
            }
        }
        LoyaltyTier next = null;
        for (LoyaltyTier tier : tiers) {
            if (next == null && (held == null || tier.getRank() > held.getRank())) {
                next = tier;
            }
        }
        BigDecimal missing = next == null ? null : next.getEntryThreshold().subtract(value).max(BigDecimal.ZERO);
        return new LoyaltyProgress(metric, held, value, next, missing,
                held == null || standing == null ? null : standing.getKeepUntil());
    }

    public LoyaltyMetric getMetric() {
        return metric;
    }

    /** Null when the customer holds no tier. */
    public LoyaltyTier getTier() {
        return tier;
    }

    public BigDecimal getValue() {
        return value;
    }

    /** The next tier up; null when the customer holds the highest one (or there are no tiers). */
    public LoyaltyTier getNext() {
        return next;
    }

    /** What the value lacks to enter the next tier; null when there is none. */
    public BigDecimal getMissing() {
        return missing;
    }

    /** Set while the value is below the tier's keep threshold: the tier drops one after this. */
    public Date getKeptUntil() {
        return keptUntil;
    }
}
