package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Locale;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.PrePersist;
import javax.persistence.PreUpdate;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * JPA mapping of {@link LoyaltyTier}, edited in the Broadleaf admin; its rules ({@link LoyaltyTierRules}) are checked
 * beside the fields by the admin's {@value #RULE_VALIDATOR}. The offer ids are not in the form: {@link LoyaltyOffers}
 * keeps them. The columns added after the first release (entry reward, its validity, early access) are nullable,
 * so that an existing table takes them.
 */
@Entity
@Table(name = "CNC_LOYALTY_TIER", uniqueConstraints = @UniqueConstraint(columnNames = "TIER_RANK"))
@AdminPresentationClass(friendlyName = "LoyaltyTierImpl_friendly")
public class LoyaltyTierImpl implements LoyaltyTier, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    static final String RULE_VALIDATOR = "cncLoyaltyTierPropertyValidator";

    @Id
    @GeneratedValue(generator = "LoyaltyTierId")
    @GenericGenerator(name = "LoyaltyTierId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "LoyaltyTierImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.loyalty.LoyaltyTierImpl")})
    @Column(name = "TIER_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "TIER_RANK", nullable = false)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_rank", order = 1000, prominent = true, gridOrder = 1,
            helpText = "LoyaltyTierImpl_rank_help", requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected int rank = 1;

    @Column(name = "NAME_EN", nullable = false, length = 60)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_nameEn", order = 2000, prominent = true, gridOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String nameEn;

    @Column(name = "NAME_PT_BR", length = 60)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_namePtBr", order = 2100)
    protected String namePtBr;

    @Column(name = "NAME_ES", length = 60)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_nameEs", order = 2200)
    protected String nameEs;

    @Column(name = "ENTRY_THRESHOLD", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_entryThreshold", order = 3000, prominent = true,
            gridOrder = 3, helpText = "LoyaltyTierImpl_entryThreshold_help",
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected BigDecimal entryThreshold = BigDecimal.ZERO;

    @Column(name = "KEEP_THRESHOLD", nullable = false, precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_keepThreshold", order = 3100, prominent = true,
            gridOrder = 4, helpText = "LoyaltyTierImpl_keepThreshold_help",
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected BigDecimal keepThreshold = BigDecimal.ZERO;

    @Column(name = "GRACE_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_graceDays", order = 3200,
            helpText = "LoyaltyTierImpl_graceDays_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected int graceDays;

    @Column(name = "DISCOUNT_PERCENT", nullable = false, precision = 5, scale = 2)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_discountPercent", order = 4000, prominent = true,
            gridOrder = 5, helpText = "LoyaltyTierImpl_discountPercent_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected BigDecimal discountPercent = BigDecimal.ZERO;

    @Column(name = "FREE_SHIPPING", nullable = false)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_freeShipping", order = 4100)
    protected boolean freeShipping;

    @Column(name = "PRIORITY_SUPPORT", nullable = false)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_prioritySupport", order = 4200)
    protected boolean prioritySupport;

    @Column(name = "EARLY_ACCESS")
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_earlyAccess", order = 4300,
            helpText = "LoyaltyTierImpl_earlyAccess_help")
    protected Boolean earlyAccess;

    @Column(name = "REWARD_KIND", length = 16)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_rewardKind", order = 5000,
            helpText = "LoyaltyTierImpl_rewardKind_help", fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.loyalty.LoyaltyRewardKind",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected String rewardKind;

    @Column(name = "REWARD_VALUE", precision = 19, scale = 2)
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_rewardValue", order = 5100,
            helpText = "LoyaltyTierImpl_rewardValue_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected BigDecimal rewardValue;

    @Column(name = "REWARD_VALID_DAYS")
    @AdminPresentation(friendlyName = "LoyaltyTierImpl_rewardValidDays", order = 5200,
            helpText = "LoyaltyTierImpl_rewardValidDays_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RULE_VALIDATOR))
    protected Integer rewardValidDays;

    /** Since when the entry reward is offered: only entries logged from then on earn it. */
    @Column(name = "REWARD_SINCE")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(excluded = true)
    protected Date rewardSince;

    @Column(name = "DISCOUNT_OFFER_ID")
    @AdminPresentation(excluded = true)
    protected Long discountOfferId;

    @Column(name = "SHIPPING_OFFER_ID")
    @AdminPresentation(excluded = true)
    protected Long shippingOfferId;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public String getMainEntityName() {
        return nameEn;
    }

    @Override
    public int getRank() {
        return rank;
    }

    @Override
    public void setRank(int rank) {
        this.rank = rank;
    }

    @Override
    public String getNameEn() {
        return nameEn;
    }

    @Override
    public void setNameEn(String name) {
        this.nameEn = name;
    }

    @Override
    public String getNamePtBr() {
        return namePtBr;
    }

    @Override
    public void setNamePtBr(String name) {
        this.namePtBr = name;
    }

    @Override
    public String getNameEs() {
        return nameEs;
    }

    @Override
    public void setNameEs(String name) {
        this.nameEs = name;
    }

    @Override
    public String nameIn(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        String name = "pt".equals(language) ? namePtBr : "es".equals(language) ? nameEs : null;
        return name == null || name.trim().isEmpty() ? nameEn : name;
    }

    @Override
    public BigDecimal getEntryThreshold() {
        return entryThreshold;
    }

    @Override
    public void setEntryThreshold(BigDecimal threshold) {
        this.entryThreshold = threshold;
    }

    @Override
    public BigDecimal getKeepThreshold() {
        return keepThreshold;
    }

    @Override
    public void setKeepThreshold(BigDecimal threshold) {
        this.keepThreshold = threshold;
    }

    @Override
    public int getGraceDays() {
        return graceDays;
    }

    @Override
    public void setGraceDays(int days) {
        this.graceDays = days;
    }

    @Override
    public BigDecimal getDiscountPercent() {
        return discountPercent == null ? BigDecimal.ZERO : discountPercent;
    }

    @Override
    public void setDiscountPercent(BigDecimal percent) {
        this.discountPercent = percent;
    }

    @Override
    public boolean isFreeShipping() {
        return freeShipping;
    }

    @Override
    public void setFreeShipping(boolean freeShipping) {
        this.freeShipping = freeShipping;
    }

    @Override
    public boolean isPrioritySupport() {
        return prioritySupport;
    }

    @Override
    public void setPrioritySupport(boolean prioritySupport) {
        this.prioritySupport = prioritySupport;
    }

    @Override
    public Long getDiscountOfferId() {
        return discountOfferId;
    }

    @Override
    public void setDiscountOfferId(Long offerId) {
        this.discountOfferId = offerId;
    }

    @Override
    public Long getShippingOfferId() {
        return shippingOfferId;
    }

    @Override
    public void setShippingOfferId(Long offerId) {
        this.shippingOfferId = offerId;
    }

    @Override
    public boolean isEarlyAccess() {
        return Boolean.TRUE.equals(earlyAccess);
    }

    @Override
    public void setEarlyAccess(boolean earlyAccess) {
        this.earlyAccess = earlyAccess;
    }

    @Override
    public LoyaltyRewardKind getRewardKind() {
        LoyaltyRewardKind known = LoyaltyRewardKind.getInstance(rewardKind);
        return known == null ? LoyaltyRewardKind.NONE : known;
    }

    @Override
    public void setRewardKind(LoyaltyRewardKind kind) {
        this.rewardKind = kind == null ? null : kind.getType();
    }

    @Override
    public BigDecimal getRewardValue() {
        return rewardValue == null ? BigDecimal.ZERO : rewardValue;
    }

    @Override
    public void setRewardValue(BigDecimal value) {
        this.rewardValue = value;
    }

    @Override
    public int getRewardValidDays() {
        return rewardValidDays == null ? 0 : rewardValidDays;
    }

    @Override
    public void setRewardValidDays(int days) {
        this.rewardValidDays = days;
    }

    @Override
    public Date getRewardSince() {
        return rewardSince;
    }

    /**
     * Starts the reward's clock when a reward is first given to the tier (and stops it when it is taken away), so
     * that customers who entered before are not all rewarded at once.
     */
    @PrePersist
    @PreUpdate
    protected void startRewardClock() {
        if (!hasEntryReward()) {
            rewardSince = null;
        } else if (rewardSince == null) {
            // To the second, as the change log's times, so that an entry in the same second counts.
            rewardSince = DatabaseTimes.toTheSecond(new Date());
        }
    }

    @Override
    public boolean hasEntryReward() {
        return !LoyaltyRewardKind.NONE.equals(getRewardKind()) && getRewardValue().signum() > 0;
    }
}
