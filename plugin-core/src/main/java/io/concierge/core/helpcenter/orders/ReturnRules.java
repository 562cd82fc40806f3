package io.concierge.core.helpcenter.orders;

import io.concierge.core.helpcenter.reasons.MerchantReason;
import io.concierge.core.helpcenter.reasons.MerchantReasons;
import io.concierge.core.kernel.orders.ReturnedItems;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a return request or a withdrawal must say: at least one item of the order, none more often than it was
 * ordered; and for a return request, one of the merchant's active reasons (when the merchant lists any). A
 * withdrawal needs no reason: the law gives none to ask for.
 */
public final class ReturnRules {

    public static final String ITEMS = "items";
    public static final String REASON = "reason";

    static final String NO_ITEMS = "helpcenter.return.error.noItems";
    static final String QUANTITY = "helpcenter.return.error.quantity";
    static final String NO_REASON = "helpcenter.return.error.reason";

    private ReturnRules() {
    }

    /** @return field name to message key; empty when the request will do */
    public static Map<String, String> violations(ReturnedItems requested, Map<Long, Integer> ordered) {
        Map<String, String> violations = new LinkedHashMap<String, String>();
        if (requested == null || requested.isEmpty()) {
            violations.put(ITEMS, NO_ITEMS);
            return violations;
        }
        for (Map.Entry<Long, Integer> line : requested.quantities().entrySet()) {
            Integer bought = ordered.get(line.getKey());
            if (bought == null || line.getValue() < 1 || line.getValue() > bought) {
                violations.put(ITEMS, QUANTITY);
            }
        }
        return violations;
    }

    /** The request's violations, and the reason's: required among {@code activeReasons} unless there are none. */
    public static Map<String, String> violations(ReturnedItems requested, Map<Long, Integer> ordered, Long reasonId,
                                                 List<? extends MerchantReason> activeReasons) {
        Map<String, String> violations = violations(requested, ordered);
        if (!activeReasons.isEmpty() && MerchantReasons.find(reasonId, activeReasons) == null) {
            violations.put(REASON, NO_REASON);
        }
        return violations;
    }

}
