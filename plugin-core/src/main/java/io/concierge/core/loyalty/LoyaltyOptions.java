package io.concierge.core.loyalty;

import io.concierge.core.kernel.StoreOptions;

/**
 * The store's loyalty programme (admin: Customer Service › Loyalty options): what every tier's thresholds are
 * measured in and over which orders. One metric for all tiers, so that thresholds compare and a shopper's progress
 * to the next tier is one number.
 */
public interface LoyaltyOptions extends StoreOptions {

    LoyaltyMetric getMetric();

    void setMetric(LoyaltyMetric metric);

    LoyaltyWindow getWindow();

    void setWindow(LoyaltyWindow window);

    /** How many days before a downgrade the shopper is warned by mail, with what keeps the tier (0: no mail). */
    int getWarningDays();

    void setWarningDays(int days);

    /**
     * With the metric {@link LoyaltyMetric#POINTS}: the points earned per whole unit of currency of net spend (1 to
     * {@value LoyaltyOptionsImpl#MAX_POINTS_PER_UNIT}; default 1), rounded down over the window's net spend.
     */
    int getPointsPerUnit();

    void setPointsPerUnit(int points);
}
