package io.concierge.core.loyalty;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Date;
import java.util.Locale;

/**
 * One level of the store's loyalty programme (admin: Customer Service › Loyalty tiers). Tiers are ordered by rank
 * (1 the lowest); a customer enters a tier when their standing reaches its entry threshold and keeps it while it stays
 * at or above its keep threshold, or for its grace days after it fell below.
 */
public interface LoyaltyTier extends Serializable {

    Long getId();

    void setId(Long id);

    int getRank();

    void setRank(int rank);

    String getNameEn();

    void setNameEn(String name);

    String getNamePtBr();

    void setNamePtBr(String name);

    String getNameEs();

    void setNameEs(String name);

    /** The name in the shopper's language (Portuguese or Spanish when given), else English. */
    String nameIn(Locale locale);

    /** In the options' metric: an amount of money for net spend, a whole number for order count. */
    BigDecimal getEntryThreshold();

    void setEntryThreshold(BigDecimal threshold);

    BigDecimal getKeepThreshold();

    void setKeepThreshold(BigDecimal threshold);

    int getGraceDays();

    void setGraceDays(int days);

    /** Percent off every order (0: none), applied by a Broadleaf offer kept by {@link LoyaltyOffers}. */
    BigDecimal getDiscountPercent();

    void setDiscountPercent(BigDecimal percent);

    boolean isFreeShipping();

    void setFreeShipping(boolean freeShipping);

    /** The tier's customers' cases are answered first. */
    boolean isPrioritySupport();

    void setPrioritySupport(boolean prioritySupport);

    /** The Broadleaf offer giving the discount, kept by {@link LoyaltyOffers}; null while there is none. */
    Long getDiscountOfferId();

    void setDiscountOfferId(Long offerId);

    /** The Broadleaf offer giving free shipping, kept by {@link LoyaltyOffers}; null while there is none. */
    Long getShippingOfferId();

    void setShippingOfferId(Long offerId);

    /** Products marked for early access ({@link LoyaltyEarlyAccess}) can be bought before their date in this tier. */
    boolean isEarlyAccess();

    void setEarlyAccess(boolean earlyAccess);

    /** The coupon given once to each customer who enters the tier ({@link LoyaltyEntryRewards}); NONE: none. */
    LoyaltyRewardKind getRewardKind();

    void setRewardKind(LoyaltyRewardKind kind);

    /** The entry reward's amount off (store currency) or percent off; 0 when there is none. */
    BigDecimal getRewardValue();

    void setRewardValue(BigDecimal value);

    /** How many days an entry reward's coupon is valid from when it is given; 0: until it is used. */
    int getRewardValidDays();

    void setRewardValidDays(int days);

    /** Since when the entry reward is given (entries logged before do not earn it); null while there is none. */
    Date getRewardSince();

    /** Whether entering the tier earns a coupon: a kind and a value above 0. */
    boolean hasEntryReward();
}
