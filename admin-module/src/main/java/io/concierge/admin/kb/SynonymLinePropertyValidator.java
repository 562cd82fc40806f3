package io.concierge.admin.kb;

import io.concierge.core.kb.search.GuideSynonymSetImpl;
import io.concierge.core.kb.search.SynonymLine;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;
import org.springframework.stereotype.Component;

import java.io.Serializable;
import java.util.Map;

/**
 * Admin field validator for a synonym line: the search's own rules ({@link SynonymLine}: how many terms, how many
 * words a term may have) beside the field, since the admin saves through Broadleaf's persistence and not through
 * the synonym service. A line with fewer than two terms is left to the regular-expression check next to it, which
 * says so in the admin's language.
 */
@Component("cncSynonymLinePropertyValidator")
public class SynonymLinePropertyValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        String problem = problem(value);
        return new PropertyValidationResult(problem == null, problem);
    }

    /** Why the search could not use the line, for the merchant; {@code null} when it can or has under two terms. */
    static String problem(String line) {
        if (line == null || !line.matches(GuideSynonymSetImpl.TWO_TERMS_PATTERN)) {
            return null;
        }
        return SynonymLine.parse(line).getProblem();
    }
}
