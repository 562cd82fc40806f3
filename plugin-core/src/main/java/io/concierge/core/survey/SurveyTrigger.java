package io.concierge.core.survey;

import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.EnumerationType;

import java.util.LinkedHashMap;
import java.util.Map;

/** Which event of the order's timeline starts a survey's countdown. A Broadleaf enumeration type for the admin. */
public final class SurveyTrigger extends EnumerationType {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, SurveyTrigger> TYPES = new LinkedHashMap<String, SurveyTrigger>();

    public static final SurveyTrigger AFTER_DELIVERY = new SurveyTrigger("AFTER_DELIVERY", "Days after delivery",
            OrderEventType.DELIVERED);
    public static final SurveyTrigger AFTER_DISPATCH = new SurveyTrigger("AFTER_DISPATCH", "Days after dispatch",
            OrderEventType.SHIPPED);

    private final OrderEventType event;

    private SurveyTrigger(String type, String friendlyType, OrderEventType event) {
        super(type, friendlyType);
        this.event = event;
        TYPES.put(type, this);
    }

    public static SurveyTrigger getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    /** The timeline event the countdown starts from. */
    public OrderEventType event() {
        return event;
    }

}
