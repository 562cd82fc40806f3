package io.concierge.core.loyalty;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * What a draft would do, as {@link LoyaltySimulator} works it out: for each tier, how many customers hold it now and
 * would hold it with the draft, and what its perks would cost per month; how many would move up or down, and how many
 * would fall below a keep threshold and start their grace days.
 */
public final class LoyaltySimulation {

    private final String run;
    private final Date simulatedAt;
    private final LoyaltyWindow window;
    private final List<TierFigures> tiers;
    private final long withoutTierNow;
    private final long withoutTierDraft;
    private final long movingUp;
    private final long movingDown;
    private final long startingGrace;

    LoyaltySimulation(String run, Date simulatedAt, LoyaltyWindow window, List<TierFigures> tiers,
                      long withoutTierNow, long withoutTierDraft, long movingUp, long movingDown,
                      long startingGrace) {
        this.run = run;
        this.simulatedAt = simulatedAt;
        this.window = window;
        this.tiers = Collections.unmodifiableList(tiers);
        this.withoutTierNow = withoutTierNow;
        this.withoutTierDraft = withoutTierDraft;
        this.movingUp = movingUp;
        this.movingDown = movingDown;
        this.startingGrace = startingGrace;
    }

    public String getRun() {
        return run;
    }

    public Date getSimulatedAt() {
        return simulatedAt;
    }

    public LoyaltyWindow getWindow() {
        return window;
    }

    /** Lowest rank first. */
    public List<TierFigures> getTiers() {
        return tiers;
    }

    /** Customers with orders in the window or a standing, but no tier. */
    public long getWithoutTierNow() {
        return withoutTierNow;
    }

    public long getWithoutTierDraft() {
        return withoutTierDraft;
    }

    public long getMovingUp() {
        return movingUp;
    }

    public long getMovingDown() {
        return movingDown;
    }

    /** Customers who would keep their tier but fall below its keep threshold: its grace days would start. */
    public long getStartingGrace() {
        return startingGrace;
    }

    public BigDecimal getMonthlyCostNow() {
        BigDecimal total = BigDecimal.ZERO;
        for (TierFigures tier : tiers) {
            total = total.add(tier.monthlyCostNow);
        }
        return total;
    }

    public BigDecimal getMonthlyCostDraft() {
        BigDecimal total = BigDecimal.ZERO;
        for (TierFigures tier : tiers) {
            total = total.add(tier.monthlyCostDraft);
        }
        return total;
    }

    /** One tier's figures now and with the draft. */
    public static final class TierFigures {
        private final LoyaltyTier tier;
        private final LoyaltyThresholds.Tier draft;
        private final long customersNow;
        private final long customersDraft;
        private final BigDecimal monthlyCostNow;
        private final BigDecimal monthlyCostDraft;

        TierFigures(LoyaltyTier tier, LoyaltyThresholds.Tier draft, long customersNow, long customersDraft,
                    BigDecimal monthlyCostNow, BigDecimal monthlyCostDraft) {
            this.tier = tier;
            this.draft = draft;
            this.customersNow = customersNow;
            this.customersDraft = customersDraft;
            this.monthlyCostNow = monthlyCostNow;
            this.monthlyCostDraft = monthlyCostDraft;
        }

        public LoyaltyTier getTier() {
            return tier;
        }

        /** The draft's thresholds for the tier. */
        public LoyaltyThresholds.Tier getDraft() {
            return draft;
        }

        public long getCustomersNow() {
            return customersNow;
        }

        public long getCustomersDraft() {
            return customersDraft;
        }

        /**
         * The perks' cost per month over the last 12 months' orders of the customers who hold the tier now: the
         * discount's percentage of their spend (goods, before shipping), plus their shipping charges when the tier
         * ships free.
         */
        public BigDecimal getMonthlyCostNow() {
            return monthlyCostNow;
        }

        /** The same for the customers who would hold the tier with the draft. */
        public BigDecimal getMonthlyCostDraft() {
            return monthlyCostDraft;
        }
    }

    /** A customer whose tier the draft would change. */
    public static final class Mover {
        private final long customerId;
        private final String email;
        private final String name;
        private final BigDecimal value;
        private final LoyaltyTier from;
        private final LoyaltyTier to;
        private final boolean up;

        Mover(long customerId, String email, String name, BigDecimal value, LoyaltyTier from, LoyaltyTier to,
              boolean up) {
            this.customerId = customerId;
            this.email = email;
            this.name = name;
            this.value = value;
            this.from = from;
            this.to = to;
            this.up = up;
        }

        public long getCustomerId() {
            return customerId;
        }

        public String getEmail() {
            return email;
        }

        public String getName() {
            return name;
        }

        /** The metric's value over the draft's window. */
        public BigDecimal getValue() {
            return value;
        }

        /** Null: no tier. */
        public LoyaltyTier getFrom() {
            return from;
        }

        public LoyaltyTier getTo() {
            return to;
        }

        public boolean isUp() {
            return up;
        }
    }
}
