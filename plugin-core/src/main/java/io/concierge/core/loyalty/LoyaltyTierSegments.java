package io.concierge.core.loyalty;

import io.concierge.core.kernel.CustomerSegments;
import org.springframework.stereotype.Component;

/**
 * The customers by the tier they hold, for other capabilities' reports (the survey dashboard breaks its answers
 * down by tier); the tier's English name labels it, as in the admin's lists.
 */
@Component("cncLoyaltyTierSegments")
public class LoyaltyTierSegments implements CustomerSegments {

    public static final String KEY = "LOYALTY_TIER";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String labelKey() {
        return "Loyalty_segmentByTier";
    }

    @Override
    public String customersAndLabelsSql() {
        return "SELECT s.CUSTOMER_ID AS CUSTOMER_ID, t.NAME_EN AS LABEL FROM CNC_LOYALTY_STANDING s"
                + " JOIN CNC_LOYALTY_TIER t ON t.TIER_ID = s.TIER_ID";
    }
}
