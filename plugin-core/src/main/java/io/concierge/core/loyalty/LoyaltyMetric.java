package io.concierge.core.loyalty;

import io.concierge.core.kernel.EnumerationType;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a customer's standing is measured in, as a Broadleaf enumeration type for the admin's drop-down. */
public final class LoyaltyMetric extends EnumerationType {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, LoyaltyMetric> TYPES = new LinkedHashMap<String, LoyaltyMetric>();

    /** What the placed orders cost, less cancelled orders and what was refunded. */
    public static final LoyaltyMetric NET_SPEND = new LoyaltyMetric("NET_SPEND", "Net amount spent");
    /** Placed orders, less the cancelled and the wholly refunded ones. */
    public static final LoyaltyMetric ORDER_COUNT = new LoyaltyMetric("ORDER_COUNT", "Number of orders");
    /**
     * Points: the options' points per whole unit of currency of net spend (rounded down over the window's net
     * spend), plus the points staff added or removed in the window ({@link LoyaltyPointsAdjustmentImpl}).
     */
    public static final LoyaltyMetric POINTS = new LoyaltyMetric("POINTS", "Points");

    /** True when values are counted in whole numbers (orders, points) rather than money. */
    public boolean isCount() {
        return !NET_SPEND.equals(this);
    }


    private LoyaltyMetric(String type, String friendlyType) {
        super(type, friendlyType);
        TYPES.put(type, this);
    }

    public static LoyaltyMetric getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    private Object readResolve() {
        return TYPES.get(getType());
    }
}
