package io.concierge.core.loyalty;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The rules a tier must keep among the store's other tiers; plain Java, so that they are tested without Spring.
 * Message keys are those of the admin bundle, shown beside the field.
 */
public final class LoyaltyTierRules {

    public static final String RANK = "rank";
    public static final String ENTRY = "entryThreshold";
    public static final String KEEP = "keepThreshold";
    public static final String DISCOUNT = "discountPercent";
    public static final String GRACE = "graceDays";

    public static final String RANK_TAKEN = "LoyaltyTier_rankTaken";
    public static final String RANK_POSITIVE = "LoyaltyTier_rankPositive";
    public static final String ENTRY_OUT_OF_ORDER = "LoyaltyTier_entryOutOfOrder";
    public static final String NEGATIVE = "LoyaltyTier_negative";
    public static final String KEEP_ABOVE_ENTRY = "LoyaltyTier_keepAboveEntry";
    public static final String DISCOUNT_RANGE = "LoyaltyTier_discountRange";
    public static final String GRACE_RANGE = "LoyaltyTier_graceRange";

    /** More than this off every order would be a sale, not a perk. */
    public static final BigDecimal MAX_DISCOUNT_PERCENT = new BigDecimal("90");
    public static final int MAX_GRACE_DAYS = 3650;

    private LoyaltyTierRules() {
    }

    /**
     * @param others the store's other tiers (the tier itself, by id, is skipped)
     * @return field name to message key for each rule broken; empty when all is well
     */
    public static Map<String, String> violations(LoyaltyTier tier, Collection<? extends LoyaltyTier> others) {
        Map<String, String> violations = new LinkedHashMap<String, String>();
        if (tier.getRank() < 1) {
            violations.put(RANK, RANK_POSITIVE);
        }
        BigDecimal entry = tier.getEntryThreshold();
        BigDecimal keep = tier.getKeepThreshold();
        if (entry == null || entry.signum() < 0) {
            violations.put(ENTRY, NEGATIVE);
        }
        if (keep == null || keep.signum() < 0) {
            violations.put(KEEP, NEGATIVE);
        } else if (entry != null && keep.compareTo(entry) > 0) {
            violations.put(KEEP, KEEP_ABOVE_ENTRY);
        }
        for (LoyaltyTier other : others) {
            if (tier.getId() != null && Objects.equals(tier.getId(), other.getId())) {
                continue;
            }
            if (other.getRank() == tier.getRank()) {
                violations.put(RANK, RANK_TAKEN);
            } else if (entry != null && other.getEntryThreshold() != null && !violations.containsKey(ENTRY)
                    && Integer.signum(other.getRank() - tier.getRank())
                    != other.getEntryThreshold().compareTo(entry)) {
                // A higher tier must be harder to enter than a lower one, else the lower one is never held.
                violations.put(ENTRY, ENTRY_OUT_OF_ORDER);
            }
        }
        BigDecimal discount = tier.getDiscountPercent();
        if (discount != null && (discount.signum() < 0 || discount.compareTo(MAX_DISCOUNT_PERCENT) > 0)) {
            violations.put(DISCOUNT, DISCOUNT_RANGE);
        }
        if (tier.getGraceDays() < 0 || tier.getGraceDays() > MAX_GRACE_DAYS) {
            violations.put(GRACE, GRACE_RANGE);
        }
        return Collections.unmodifiableMap(violations);
    }
}
