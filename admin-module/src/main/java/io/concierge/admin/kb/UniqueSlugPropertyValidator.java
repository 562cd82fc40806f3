package io.concierge.admin.kb;

import io.concierge.core.kb.KnowledgeBaseRules;
import io.concierge.core.kernel.Slugs;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

import javax.annotation.Resource;

/**
 * Admin field validator for the slugs of guides, categories and tags: refuses a slug that another record of the same
 * kind holds, beside the field, with the configured message, so that the database's unique constraint is never what
 * answers the merchant. Unlike Broadleaf's {@code blUniqueValueValidator} it lets the record being edited keep its
 * own slug. An empty slug is checked as the one the save will derive from the field named by the configuration item
 * {@value #SLUG_SOURCE} (e.g. the title); when nothing can be derived (a title of symbols only) the slug is
 * required. The slug's format is left to the regular-expression validator.
 */
@Component("cncUniqueSlugPropertyValidator")
public class UniqueSlugPropertyValidator implements PropertyValidator {

    public static final String SLUG_SOURCE = "derivedFrom";

    private static final PropertyValidationResult VALID = new PropertyValidationResult(true);

    @Resource(name = "cncSlugHolders")
    protected SlugHolders slugHolders;

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        String source = valueOf(entity, validationConfiguration.get(SLUG_SOURCE));
        String slug = slugToStore(value, source);
        if (slug.isEmpty()) {
            // A missing source is reported on the source field itself.
            return isBlank(source) ? VALID : new PropertyValidationResult(false, KnowledgeBaseRules.REQUIRED);
        }
        if (instance == null || !Slugs.isValid(slug)) {
            return VALID;
        }
        Object holder = slugHolders.holderId(instance, propertyName, slug);
        boolean free = holder == null || holder.equals(slugHolders.idOf(instance));
        return free ? VALID
                : new PropertyValidationResult(false, validationConfiguration.get(ConfigurationItem.ERROR_MESSAGE));
    }

    /** The slug a save stores: the one given, trimmed, or else the one derived from the source field. */
    static String slugToStore(String given, String source) {
        return isBlank(given) ? Slugs.fromText(source) : given.trim();
    }

    private static String valueOf(Entity entity, String propertyName) {
        Property property = propertyName == null ? null : entity.findProperty(propertyName);
        return property == null ? null : property.getValue();
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
