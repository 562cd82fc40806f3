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
    public static final String REWARD_KIND = "rewardKind";
    public static final String REWARD_VALUE = "rewardValue";
    public static final String REWARD_VALID_DAYS = "rewardValidDays";

    public static final String RANK_TAKEN = "LoyaltyTier_rankTaken";
    public static final String RANK_POSITIVE = "LoyaltyTier_rankPositive";
    public static final String ENTRY_OUT_OF_ORDER = "LoyaltyTier_entryOutOfOrder";
    public static final String NEGATIVE = "LoyaltyTier_negative";
    public static final String KEEP_ABOVE_ENTRY = "LoyaltyTier_keepAboveEntry";
    public static final String DISCOUNT_RANGE = "LoyaltyTier_discountRange";
    public static final String GRACE_RANGE = "LoyaltyTier_graceRange";
    public static final String REWARD_VALUE_NEEDED = "LoyaltyTier_rewardValueNeeded";
    public static final String REWARD_PERCENT_RANGE = "LoyaltyTier_rewardPercentRange";
    public static final String REWARD_AMOUNT_CENTS = "LoyaltyTier_rewardAmountCents";
    public static final String REWARD_KIND_NEEDED = "LoyaltyTier_rewardKindNeeded";
    public static final String REWARD_VALID_DAYS_RANGE = "LoyaltyTier_rewardValidDaysRange";

    /** More than this off every order would be a sale, not a perk. */
    public static final BigDecimal MAX_DISCOUNT_PERCENT = new BigDecimal("90");
    public static final int MAX_GRACE_DAYS = 3650;
    public static final int MAX_REWARD_VALID_DAYS = 3650;

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
        rewardViolation(tier.getRewardKind(), tier.getRewardValue(), violations);
        if (tier.getRewardValidDays() < 0 || tier.getRewardValidDays() > MAX_REWARD_VALID_DAYS) {
            violations.put(REWARD_VALID_DAYS, REWARD_VALID_DAYS_RANGE);
        }
        return Collections.unmodifiableMap(violations);
    }

    /** The entry reward: a coupon needs a value above 0, a percentage at most 90, an amount in whole cents. */
    private static void rewardViolation(LoyaltyRewardKind kind, BigDecimal value, Map<String, String> violations) {
        boolean none = kind == null || LoyaltyRewardKind.NONE.equals(kind);
        if (value != null && value.signum() < 0) {
            violations.put(REWARD_VALUE, NEGATIVE);
        } else if (none) {
            if (value != null && value.signum() > 0) {
                violations.put(REWARD_KIND, REWARD_KIND_NEEDED);
            }
        } else if (value == null || value.signum() == 0) {
            violations.put(REWARD_VALUE, REWARD_VALUE_NEEDED);
        } else if (LoyaltyRewardKind.PERCENT_OFF.equals(kind) && value.compareTo(MAX_DISCOUNT_PERCENT) > 0) {
            violations.put(REWARD_VALUE, REWARD_PERCENT_RANGE);
        } else if (LoyaltyRewardKind.AMOUNT_OFF.equals(kind) && value.stripTrailingZeros().scale() > 2) {
            violations.put(REWARD_VALUE, REWARD_AMOUNT_CENTS);
        }
    }
}
