package io.concierge.admin.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideCategory;
import io.concierge.core.kb.KnowledgeBaseRules;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

/**
 * Admin field validator that applies the knowledge base's own rules ({@link KnowledgeBaseRules}) that Broadleaf's
 * forms do not know, to the record as submitted, beside the field: a scheduled guide needs a publish time, and a
 * category may not be filed under itself or one of its sub-categories. (The services check the same rules; the
 * admin saves through Broadleaf's persistence, not through them.)
 */
@Component("cncKnowledgeBaseRulePropertyValidator")
public class KnowledgeBaseRulePropertyValidator implements PropertyValidator {

    static final String PUBLISH_AT = "publishAt";
    static final String PARENT = "parent";

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        String violation = violation(instance, propertyName);
        return new PropertyValidationResult(violation == null, violation);
    }

    /** The message key of the rule the submitted record breaks in {@code field}; {@code null} when none. */
    static String violation(Object record, String field) {
        if (record instanceof Guide && PUBLISH_AT.equals(field)) {
            return KnowledgeBaseRules.violations((Guide) record).get(PUBLISH_AT);
        }
        if (record instanceof GuideCategory && PARENT.equals(field)) {
            GuideCategory category = (GuideCategory) record;
            return KnowledgeBaseRules.createsCycle(category.getId(), category.getParent())
                    ? KnowledgeBaseRules.PARENT_CYCLE : null;
        }
        return null;
    }
}
