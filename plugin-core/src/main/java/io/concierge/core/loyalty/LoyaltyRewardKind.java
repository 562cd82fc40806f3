package io.concierge.core.loyalty;

import io.concierge.core.kernel.EnumerationType;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a tier's one-time entry reward is, as a Broadleaf enumeration type for the admin's drop-down. */
public final class LoyaltyRewardKind extends EnumerationType {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, LoyaltyRewardKind> TYPES = new LinkedHashMap<String, LoyaltyRewardKind>();

    public static final LoyaltyRewardKind NONE = new LoyaltyRewardKind("NONE", "No entry reward");
    /** A single-use coupon worth a fixed amount off the next order. */
    public static final LoyaltyRewardKind AMOUNT_OFF = new LoyaltyRewardKind("AMOUNT_OFF",
            "A coupon: an amount off the next order");
    /** A single-use coupon worth a percentage off the next order. */
    public static final LoyaltyRewardKind PERCENT_OFF = new LoyaltyRewardKind("PERCENT_OFF",
            "A coupon: a percentage off the next order");

    private LoyaltyRewardKind(String type, String friendlyType) {
        super(type, friendlyType);
        TYPES.put(type, this);
    }

    public static LoyaltyRewardKind getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    private Object readResolve() {
        return TYPES.get(getType());
    }
}
