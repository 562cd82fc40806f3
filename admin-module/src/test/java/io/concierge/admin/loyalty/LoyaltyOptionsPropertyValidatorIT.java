package io.concierge.admin.loyalty;

import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.loyalty.LoyaltyMetric;
import io.concierge.core.loyalty.LoyaltyOptions;
import io.concierge.core.loyalty.LoyaltyOptionsImpl;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.util.concurrent.ThreadLocalRandom;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options form's metric as the admin judges it, by the validator its field declares: a switch away from points
 * is refused while staff's points fall in the window, judged on the options as stored, even when the form has set
 * the new metric on the entity already; any other case is left alone.
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltyOptionsPropertyValidatorIT {

    @Autowired
    ApplicationContext context;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final long customerId = -ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);

    @AfterEach
    void netSpendAndNoPoints() {
        metric(LoyaltyMetric.NET_SPEND);
        new TransactionTemplate(transactionManager).execute(status -> em.createNativeQuery(
                "DELETE FROM CNC_LOYALTY_POINTS_ADJUSTMENT WHERE CUSTOMER_ID = :customer")
                .setParameter("customer", customerId).executeUpdate());
    }

    @Test
    void theMetricFieldDeclaresTheValidator() throws Exception {
        assertThat(LoyaltyOptionsImpl.class.getDeclaredField("metric").getAnnotation(AdminPresentation.class)
                .validationConfigurations()[0].validationImplementation())
                .isEqualTo("cncLoyaltyOptionsPropertyValidator");
    }

    @Test
    void leavingPointsIsRefusedWhileStaffsPointsFallInTheWindow() {
        metric(LoyaltyMetric.POINTS);
        assertThat(judge(LoyaltyMetric.NET_SPEND.getType())).isNull();
        adjustedNow();
        assertThat(judge(LoyaltyMetric.NET_SPEND.getType())).isEqualTo(LoyaltyOptionsPropertyValidator.POINTS_ADJUSTED);
        assertThat(judge(LoyaltyMetric.ORDER_COUNT.getType()))
                .isEqualTo(LoyaltyOptionsPropertyValidator.POINTS_ADJUSTED);
        assertThat(judge(LoyaltyMetric.POINTS.getType())).isNull();
        // As Broadleaf judges the form: the entity in the persistence context holds the submitted metric already.
        String judged = new TransactionTemplate(transactionManager).execute(status -> {
            em.createQuery("select o from LoyaltyOptionsImpl o", LoyaltyOptionsImpl.class).getResultList()
                    .forEach(options -> options.setMetric(LoyaltyMetric.NET_SPEND));
            String error = judge(LoyaltyMetric.NET_SPEND.getType());
            status.setRollbackOnly();
            return error;
        });
        assertThat(judged).isEqualTo(LoyaltyOptionsPropertyValidator.POINTS_ADJUSTED);
    }

    @Test
    void anotherMetricStoredIsLeftAlone() {
        adjustedNow();
        metric(LoyaltyMetric.ORDER_COUNT);
        assertThat(judge(LoyaltyMetric.NET_SPEND.getType())).isNull();
    }

    /** The validator's message key for the submitted metric; null when valid. */
    private String judge(String submitted) {
        PropertyValidator validator = context.getBean("cncLoyaltyOptionsPropertyValidator", PropertyValidator.class);
        PropertyValidationResult result = validator.validate(new Entity(), null, null, null, null, "metric",
                submitted);
        return result.isValid() ? null : result.getErrorMessage();
    }

    private void metric(LoyaltyMetric metric) {
        LoyaltyOptions options = storeOptions.read(LoyaltyOptionsImpl.class);
        options.setMetric(metric);
        storeOptions.save(options);
    }

    private void adjustedNow() {
        new TransactionTemplate(transactionManager).execute(status -> em.createNativeQuery(
                "INSERT INTO CNC_LOYALTY_POINTS_ADJUSTMENT (CUSTOMER_ID, POINTS, NOTE, ADJUSTED_AT, ADJUSTED_BY)"
                        + " VALUES (:customer, 10, 'Test', :at, 'tester')").setParameter("customer", customerId)
                .setParameter("at", new Timestamp(System.currentTimeMillis() - 60_000)).executeUpdate());
    }
}
