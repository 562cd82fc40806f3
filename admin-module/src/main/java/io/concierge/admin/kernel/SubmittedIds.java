package io.concierge.admin.kernel;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;

/** Ids read from what the Broadleaf admin submits for a record (a form, a list-grid action). */
public final class SubmittedIds {

    private SubmittedIds() {
    }

    /** The submitted property {@code propertyName} as an id; null when it is absent, empty or not a number. */
    public static Long idValue(Entity entity, String propertyName) {
        Property property = propertyName == null ? null : entity.findProperty(propertyName);
        if (property == null || property.getValue() == null) {
            return null;
        }
        try {
            return Long.valueOf(property.getValue().trim());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
