package io.concierge.core.kernel.orders;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The order items a return or a withdrawal covers, each with how many of it: Broadleaf order item id to quantity.
 * Kept on the event as text ({@code 12:1,15:2}), since an event never changes once recorded.
 */
public final class ReturnedItems {

    /** Room for about seventy lines, far beyond an order anyone returns in parts. */
    public static final int MAX_TEXT_LENGTH = 1000;

    private final Map<Long, Integer> quantities;

    private ReturnedItems(Map<Long, Integer> quantities) {
        this.quantities = Collections.unmodifiableMap(quantities);
    }

    /** @param quantities order item id to quantity; lines of zero are left out */
    public static ReturnedItems of(Map<Long, Integer> quantities) {
        Map<Long, Integer> kept = new LinkedHashMap<Long, Integer>();
        for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
            if (line.getKey() != null && line.getValue() != null && line.getValue() != 0) {
                kept.put(line.getKey(), line.getValue());
            }
        }
        return new ReturnedItems(kept);
    }

    /** @return the items written by {@link #toString()}, or null for null text */
    public static ReturnedItems parse(String text) {
        if (text == null) {
            return null;
        }
        Map<Long, Integer> quantities = new LinkedHashMap<Long, Integer>();
        for (String line : text.split(",")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                quantities.put(Long.valueOf(line.substring(0, colon)), Integer.valueOf(line.substring(colon + 1)));
            }
        }
        return new ReturnedItems(quantities);
    }

    public Map<Long, Integer> quantities() {
        return quantities;
    }

    public boolean isEmpty() {
        return quantities.isEmpty();
    }

    /** How many of this order item, 0 when it is not covered. */
    public int quantityOf(long orderItemId) {
        Integer quantity = quantities.get(orderItemId);
        return quantity == null ? 0 : quantity;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReturnedItems && ((ReturnedItems) other).quantities.equals(quantities);
    }

    @Override
    public int hashCode() {
        return quantities.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
            text.append(text.length() == 0 ? "" : ",").append(line.getKey()).append(':').append(line.getValue());
        }
        return text.toString();
    }
}
