package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.EnumerationType;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@link ChangeDeadline} as a Broadleaf enumeration type: the drop-down of the help center's options form. */
public final class ChangeDeadlineType extends EnumerationType {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, ChangeDeadlineType> TYPES = new LinkedHashMap<String, ChangeDeadlineType>();

    public static final ChangeDeadlineType UNTIL_PICKED =
            new ChangeDeadlineType(ChangeDeadline.UNTIL_PICKED, "Until the order is picked");
    public static final ChangeDeadlineType UNTIL_SHIPPED =
            new ChangeDeadlineType(ChangeDeadline.UNTIL_SHIPPED, "Until the parcel is shipped");

    private ChangeDeadlineType(ChangeDeadline deadline, String friendlyType) {
        super(deadline.name(), friendlyType);
        TYPES.put(getType(), this);
    }

    public static ChangeDeadlineType getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }
}
