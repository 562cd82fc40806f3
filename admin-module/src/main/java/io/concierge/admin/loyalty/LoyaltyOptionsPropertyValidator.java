package io.concierge.admin.loyalty;

import io.concierge.core.loyalty.LoyaltyMetric;
import io.concierge.core.loyalty.LoyaltyPoints;
import io.concierge.core.loyalty.LoyaltyWindow;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;

/**
 * Admin field validator of the loyalty options' metric: a switch away from {@link LoyaltyMetric#POINTS} is refused
 * while staff's points adjustments fall within the window, since the other metric would silently drop them from
 * the customers' standings. Any other change of the form is left alone.
 */
@Component("cncLoyaltyOptionsPropertyValidator")
public class LoyaltyOptionsPropertyValidator implements PropertyValidator {

    static final String POINTS_ADJUSTED = "LoyaltyOptionsImpl_metric_pointsAdjusted";

    private static final PropertyValidationResult VALID = new PropertyValidationResult(true);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncLoyaltyPoints")
    protected LoyaltyPoints points;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        if (LoyaltyMetric.POINTS.getType().equals(value)) {
            return VALID;
        }
        // The options as stored, not as the form set them on the entity in this persistence context: read with SQL
        // that must not flush the submitted values before the form is found valid.
        List<?> stored = em.createNativeQuery("SELECT METRIC, QUALIFYING_WINDOW FROM CNC_LOYALTY_OPTIONS")
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        if (stored.isEmpty()) {
            return VALID;
        }
        Object[] options = (Object[]) stored.get(0);
        LoyaltyWindow window = LoyaltyWindow.getInstance(String.valueOf(options[1]).trim());
        boolean orphans = LoyaltyMetric.POINTS.getType().equals(String.valueOf(options[0]).trim())
                && points.adjustmentsSince((window == null ? LoyaltyWindow.ROLLING_12_MONTHS : window)
                .start(new Date())) > 0;
        return orphans ? new PropertyValidationResult(false, POINTS_ADJUSTED) : VALID;
    }
}
