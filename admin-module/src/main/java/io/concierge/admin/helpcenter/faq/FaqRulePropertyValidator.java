package io.concierge.admin.helpcenter.faq;

import io.concierge.core.helpcenter.faq.FaqRules;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

/**
 * Admin field validator for the FAQ's rules ({@link FaqRules}) beside the field: an empty question, and an answer
 * that shows no text once sanitized (Broadleaf's own required check does not see an empty HTML editor).
 */
@Component("cncFaqRulePropertyValidator")
public class FaqRulePropertyValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        String violation = FaqRules.violation(propertyName, value);
        return new PropertyValidationResult(violation == null, violation);
    }
}
