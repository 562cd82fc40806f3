package io.concierge.core.guidance;

import io.concierge.core.kernel.StoreOptions;

/**
 * The merchant's options of guidance (admin: Customer Service › Guidance options): how strong a co-purchase must be
 * before the storefront says so. Whole numbers, so that every database and the in-memory miner decide alike.
 */
public interface GuidanceOptions extends StoreOptions {

    int MIN_ORDERS_TOGETHER = 1;
    int MAX_ORDERS_TOGETHER = 1000;
    int MAX_SUPPORT_BASIS_POINTS = 10000;
    int MAX_CONFIDENCE_PERCENT = 100;
    int MIN_LIFT_HUNDREDTHS = 100;
    int MAX_LIFT_HUNDREDTHS = 10000;

    /** How many orders must hold both products: a handful of coincidences is no reason. */
    int getMinOrdersTogether();

    void setMinOrdersTogether(int minOrdersTogether);

    /** Minimum support, in hundredths of a percent of all placed orders (10 = 0.1 %). */
    int getMinSupportBasisPoints();

    void setMinSupportBasisPoints(int minSupportBasisPoints);

    /** Minimum confidence, in percent of the orders with the viewed product. */
    int getMinConfidencePercent();

    void setMinConfidencePercent(int minConfidencePercent);

    /**
     * Minimum lift, in hundredths (150 = 1.5): how much likelier the pair is than the two products' own shares make
     * it; at 1.0 or below a best-seller would seem to go with everything.
     */
    int getMinLiftHundredths();

    void setMinLiftHundredths(int minLiftHundredths);

    default RuleThresholds thresholds() {
        return new RuleThresholds(getMinOrdersTogether(), getMinSupportBasisPoints(), getMinConfidencePercent(),
                getMinLiftHundredths());
    }
}
