package io.concierge.admin.loyalty;

import io.concierge.core.loyalty.LoyaltyRewardKind;
import io.concierge.core.loyalty.LoyaltyTier;
import io.concierge.core.loyalty.LoyaltyTierImpl;
import io.concierge.core.loyalty.LoyaltyTierRules;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

/**
 * Admin field validator of the tiers' rules among the store's tiers ({@link LoyaltyTierRules}): ranks held once,
 * entry thresholds rising with the rank, keep thresholds at most the entry, discount and grace days within range,
 * an entry reward's value fitting its kind, its validity within range.
 * It judges the tier as submitted (the form's values), against the others as stored; a value that is not a number
 * is left to Broadleaf's own field check.
 */
@Component("cncLoyaltyTierPropertyValidator")
public class LoyaltyTierPropertyValidator implements PropertyValidator {

    private static final PropertyValidationResult VALID = new PropertyValidationResult(true);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        LoyaltyTier submitted = asSubmitted(entity, instance);
        if (submitted == null) {
            return VALID;
        }
        // The tier being saved may already hold the submitted values in this persistence context: they must not be
        // flushed by this query before the form is found valid.
        List<LoyaltyTier> stored = em.createQuery("select t from LoyaltyTierImpl t", LoyaltyTier.class)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        String violation = LoyaltyTierRules.violations(submitted, stored).get(propertyName);
        return violation == null ? VALID : new PropertyValidationResult(false, violation);
    }

    /** The form's tier: its id and the numbers the rules read; null when one of them is not a number. */
    static LoyaltyTier asSubmitted(Entity entity, Serializable instance) {
        LoyaltyTier tier = new LoyaltyTierImpl();
        tier.setId(instance instanceof LoyaltyTier ? ((LoyaltyTier) instance).getId() : null);
        try {
            tier.setRank(Integer.parseInt(valueOf(entity, LoyaltyTierRules.RANK, "1")));
            tier.setEntryThreshold(new BigDecimal(valueOf(entity, LoyaltyTierRules.ENTRY, "0")));
            tier.setKeepThreshold(new BigDecimal(valueOf(entity, LoyaltyTierRules.KEEP, "0")));
            tier.setDiscountPercent(new BigDecimal(valueOf(entity, LoyaltyTierRules.DISCOUNT, "0")));
            tier.setGraceDays(Integer.parseInt(valueOf(entity, LoyaltyTierRules.GRACE, "0")));
            tier.setRewardKind(LoyaltyRewardKind.getInstance(valueOf(entity, LoyaltyTierRules.REWARD_KIND,
                    LoyaltyRewardKind.NONE.getType())));
            tier.setRewardValue(new BigDecimal(valueOf(entity, LoyaltyTierRules.REWARD_VALUE, "0")));
            tier.setRewardValidDays(Integer.parseInt(valueOf(entity, LoyaltyTierRules.REWARD_VALID_DAYS, "0")));
        } catch (NumberFormatException notANumber) {
            return null;
        }
        return tier;
    }

    private static String valueOf(Entity entity, String propertyName, String empty) {
        Property property = entity.findProperty(propertyName);
        String value = property == null ? null : property.getValue();
        return value == null || value.trim().isEmpty() ? empty : value.trim();
    }
}
