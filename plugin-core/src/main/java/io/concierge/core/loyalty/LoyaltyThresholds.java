package io.concierge.core.loyalty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What {@link LoyaltyEvaluation}'s SQL decides a standing by: the programme's window and each tier's rank, entry and
 * keep thresholds and grace days. The saved ones for the recalculation, the checkout and the order events; a
 * merchant's draft for the simulator. The SQL takes them as parameters (a run's own rows of
 * CNC_LOYALTY_EVALUATION_TIER), so that the simulator and the recalculation run the very same statements.
 */
public final class LoyaltyThresholds {

    private final LoyaltyWindow window;
    private final List<Tier> tiers;

    private LoyaltyThresholds(LoyaltyWindow window, List<Tier> tiers) {
        this.window = window;
        this.tiers = Collections.unmodifiableList(tiers);
    }

    /** The thresholds as saved. */
    public static LoyaltyThresholds of(LoyaltyOptions options, List<? extends LoyaltyTier> tiers) {
        List<Tier> saved = new ArrayList<Tier>();
        for (LoyaltyTier tier : tiers) {
            saved.add(new Tier(tier.getId(), tier.getRank(), tier.getEntryThreshold(), tier.getKeepThreshold(),
                    tier.getGraceDays()));
        }
        return new LoyaltyThresholds(options.getWindow(), saved);
    }

    /**
     * These thresholds with another window and, for the tiers named by id, other entry and keep thresholds (a
     * draft); a tier not named keeps its own.
     */
    public LoyaltyThresholds with(LoyaltyWindow otherWindow, Map<Long, BigDecimal[]> entryAndKeepByTier) {
        List<Tier> changed = new ArrayList<Tier>();
        for (Tier tier : tiers) {
            BigDecimal[] draft = entryAndKeepByTier.get(tier.id);
            changed.add(draft == null ? tier : new Tier(tier.id, tier.rank, draft[0], draft[1], tier.graceDays));
        }
        return new LoyaltyThresholds(otherWindow, changed);
    }

    public LoyaltyWindow getWindow() {
        return window;
    }

    public List<Tier> getTiers() {
        return tiers;
    }

    /** @return the thresholds of the tier with this id, or null */
    public Tier tier(long tierId) {
        for (Tier tier : tiers) {
            if (tier.id == tierId) {
                return tier;
            }
        }
        return null;
    }

    /**
     * The lowest entry threshold of the tiers ranked above {@code tier}, or null: a value from it on enters a higher
     * tier, so {@code tier} is entered by the values from its entry threshold up to (not including) this one.
     */
    public BigDecimal entryCeilingOf(Tier tier) {
        BigDecimal ceiling = null;
        for (Tier other : tiers) {
            if (other.rank > tier.rank && (ceiling == null || other.entry.compareTo(ceiling) < 0)) {
                ceiling = other.entry;
            }
        }
        return ceiling;
    }

    /** The rank of the tier right below {@code tier}, or null for the lowest: where a downgrade takes it. */
    public Integer rankBelow(Tier tier) {
        Integer below = null;
        for (Tier other : tiers) {
            if (other.rank < tier.rank && (below == null || other.rank > below)) {
                below = other.rank;
            }
        }
        return below;
    }

    /** One tier's part. */
    public static final class Tier {
        private final long id;
        private final int rank;
        private final BigDecimal entry;
        private final BigDecimal keep;
        private final int graceDays;

        public Tier(long id, int rank, BigDecimal entry, BigDecimal keep, int graceDays) {
            this.id = id;
            this.rank = rank;
            this.entry = entry;
            this.keep = keep;
            this.graceDays = graceDays;
        }

        public long getId() {
            return id;
        }

        public int getRank() {
            return rank;
        }

        public BigDecimal getEntry() {
            return entry;
        }

        public BigDecimal getKeep() {
            return keep;
        }

        public int getGraceDays() {
            return graceDays;
        }
    }
}
