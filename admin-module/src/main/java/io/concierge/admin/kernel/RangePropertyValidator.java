package io.concierge.admin.kernel;

import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.ValidationConfigurationBasedPropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

/**
 * Admin field validator: the value must be a whole number between the {@code min} and {@code max} configuration
 * items of the field's {@code @ValidationConfiguration}. Shows the configured message beside the field.
 */
@Component("cncRangePropertyValidator")
public class RangePropertyValidator extends ValidationConfigurationBasedPropertyValidator {

    @Override
    public boolean validateInternal(Entity entity, Serializable instance, Map<String, FieldMetadata> entityFieldMetadata,
                                    Map<String, String> validationConfiguration, BasicFieldMetadata propertyMetadata,
                                    String propertyName, String value) {
        return isWithin(value, Long.parseLong(validationConfiguration.get("min")),
                Long.parseLong(validationConfiguration.get("max")));
    }

    static boolean isWithin(String value, long min, long max) {
        if (value == null) {
            return false;
        }
        try {
            long number = Long.parseLong(value.trim());
            return number >= min && number <= max;
        } catch (NumberFormatException notAWholeNumber) {
            return false;
        }
    }
}
