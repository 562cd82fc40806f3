package io.concierge.admin.loyalty;

import io.concierge.core.loyalty.LoyaltyTier;
import io.concierge.core.loyalty.LoyaltyTierImpl;
import io.concierge.core.loyalty.LoyaltyTierRules;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tiers' field errors as the admin form gets them: the validator Broadleaf finds under the bean name the tier's
 * fields declare, judging the submitted form against the tiers stored (Trail 1 at 50, Expedition 3 at 500).
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltyTierPropertyValidatorIT {

    @Autowired
    ApplicationContext context;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private LoyaltyTier expedition;

    @BeforeEach
    void storedTiers() {
        new TransactionTemplate(transactionManager).execute(status -> {
            if (em.createQuery("select count(t) from LoyaltyTierImpl t", Long.class).getSingleResult() == 0) {
                em.persist(tier(1, "Trail", "50", "40"));
                em.persist(tier(3, "Expedition", "500", "400"));
            }
            return null;
        });
        expedition = new TransactionTemplate(transactionManager).execute(status -> em.createQuery(
                "select t from LoyaltyTierImpl t where t.rank = 3", LoyaltyTier.class).getSingleResult());
    }

    private static LoyaltyTier tier(int rank, String name, String entry, String keep) {
        LoyaltyTier tier = new LoyaltyTierImpl();
        tier.setRank(rank);
        tier.setNameEn(name);
        tier.setEntryThreshold(new BigDecimal(entry));
        tier.setKeepThreshold(new BigDecimal(keep));
        return tier;
    }

    private static List<String> fieldsWithTheRuleValidator() {
        List<String> fields = new ArrayList<String>();
        for (Field field : LoyaltyTierImpl.class.getDeclaredFields()) {
            AdminPresentation presentation = field.getAnnotation(AdminPresentation.class);
            for (ValidationConfiguration configuration : presentation == null ? new ValidationConfiguration[0]
                    : presentation.validationConfigurations()) {
                if ("cncLoyaltyTierPropertyValidator".equals(configuration.validationImplementation())) {
                    fields.add(field.getName());
                }
            }
        }
        return fields;
    }

    /** The submitted form's field errors: field name to message key. */
    private List<String> errors(LoyaltyTier record, String rank, String entry, String keep, String discount) {
        return errors(record, rank, entry, keep, discount, "", "");
    }

    private List<String> errors(LoyaltyTier record, String rank, String entry, String keep, String discount,
                                String rewardKind, String rewardValue) {
        return errors(record, rank, entry, keep, discount, rewardKind, rewardValue, "");
    }

    private List<String> errors(LoyaltyTier record, String rank, String entry, String keep, String discount,
                                String rewardKind, String rewardValue, String rewardValidDays) {
        Entity submitted = new Entity();
        submitted.setType(new String[] {LoyaltyTierImpl.class.getName()});
        submitted.setProperties(new Property[] {property("rank", rank), property("entryThreshold", entry),
                property("keepThreshold", keep), property("discountPercent", discount), property("graceDays", "0"),
                property("rewardKind", rewardKind), property("rewardValue", rewardValue),
                property("rewardValidDays", rewardValidDays)});
        PropertyValidator validator = context.getBean("cncLoyaltyTierPropertyValidator", PropertyValidator.class);
        List<String> errors = new ArrayList<String>();
        for (String field : fieldsWithTheRuleValidator()) {
            PropertyValidationResult result = validator.validate(submitted, record, null,
                    Collections.<String, String>emptyMap(), null, field,
                    submitted.findProperty(field).getValue());
            if (!result.isValid()) {
                errors.add(field + ": " + result.getErrorMessage());
            }
        }
        return errors;
    }

    private static Property property(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setValue(value);
        return property;
    }

    @Test
    void theRulesAreCheckedOnEveryNumberOfTheForm() {
        assertThat(fieldsWithTheRuleValidator()).containsExactlyInAnyOrder("rank", "entryThreshold",
                "keepThreshold", "graceDays", "discountPercent", "rewardKind", "rewardValue", "rewardValidDays");
    }

    @Test
    void aTierBetweenTheStoredOnesIsAccepted() {
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "10")).isEmpty();
    }

    @Test
    void thresholdsOutOfOrderATakenRankAndAKeepAboveTheEntryAreFieldErrors() {
        assertThat(errors(new LoyaltyTierImpl(), "2", "600", "150", "10"))
                .containsExactly("entryThreshold: " + LoyaltyTierRules.ENTRY_OUT_OF_ORDER);
        assertThat(errors(new LoyaltyTierImpl(), "3", "900", "950", "95")).containsExactly(
                "rank: " + LoyaltyTierRules.RANK_TAKEN, "keepThreshold: " + LoyaltyTierRules.KEEP_ABOVE_ENTRY,
                "discountPercent: " + LoyaltyTierRules.DISCOUNT_RANGE);
    }

    @Test
    void aStoredTierKeepsItsOwnRankAndANonNumberIsLeftToBroadleaf() {
        assertThat(errors(expedition, "3", "900", "800", "0")).isEmpty();
        assertThat(errors(new LoyaltyTierImpl(), "two", "200", "150", "0")).isEmpty();
    }

    @Test
    void anEntryRewardsValueThatDoesNotFitItsKindIsAFieldError() {
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "0", "AMOUNT_OFF", "15.00")).isEmpty();
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "0", "AMOUNT_OFF", "-15"))
                .containsExactly("rewardValue: " + LoyaltyTierRules.NEGATIVE);
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "0", "PERCENT_OFF", "95"))
                .containsExactly("rewardValue: " + LoyaltyTierRules.REWARD_PERCENT_RANGE);
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "0", "PERCENT_OFF", ""))
                .containsExactly("rewardValue: " + LoyaltyTierRules.REWARD_VALUE_NEEDED);
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "0", "NONE", "10"))
                .containsExactly("rewardKind: " + LoyaltyTierRules.REWARD_KIND_NEEDED);
    }

    @Test
    void anEntryRewardValidForMoreThan3650DaysOrLessThan0IsAFieldError() {
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "0", "AMOUNT_OFF", "15.00", "90")).isEmpty();
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "0", "AMOUNT_OFF", "15.00", "")).isEmpty();
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "0", "AMOUNT_OFF", "15.00", "3651"))
                .containsExactly("rewardValidDays: " + LoyaltyTierRules.REWARD_VALID_DAYS_RANGE);
        assertThat(errors(new LoyaltyTierImpl(), "2", "200", "150", "0", "AMOUNT_OFF", "15.00", "-1"))
                .containsExactly("rewardValidDays: " + LoyaltyTierRules.REWARD_VALID_DAYS_RANGE);
    }
}
