package io.concierge.core.survey;

import io.concierge.core.kernel.orders.OrderEventType;
import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Which event of the order's timeline starts a survey's countdown. A Broadleaf enumeration type for the admin. */
public final class SurveyTrigger implements BroadleafEnumerationType, Serializable {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, SurveyTrigger> TYPES = new LinkedHashMap<String, SurveyTrigger>();

    public static final SurveyTrigger AFTER_DELIVERY = new SurveyTrigger("AFTER_DELIVERY", "Days after delivery",
            OrderEventType.DELIVERED);
    public static final SurveyTrigger AFTER_DISPATCH = new SurveyTrigger("AFTER_DISPATCH", "Days after dispatch",
            OrderEventType.SHIPPED);

    private final String type;
    private final String friendlyType;
    private final OrderEventType event;

    private SurveyTrigger(String type, String friendlyType, OrderEventType event) {
        this.type = type;
        this.friendlyType = friendlyType;
        this.event = event;
        TYPES.put(type, this);
    }

    public static SurveyTrigger getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    /** The timeline event the countdown starts from. */
    public OrderEventType event() {
        return event;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SurveyTrigger && ((SurveyTrigger) other).type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }
}
