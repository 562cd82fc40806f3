package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** A return request or a withdrawal that waits for the goods or the refund, as care agents see it. */
public final class OpenReturn {

    /** One returned line: how many of which item. */
    public static final class Line {
        private final int quantity;
        private final String name;

        Line(int quantity, String name) {
            this.quantity = quantity;
            this.name = name;
        }

        public int getQuantity() {
            return quantity;
        }

        public String getName() {
            return name;
        }
    }

    private final String orderNumber;
    private final OrderEvent request;
    private final List<Line> lines;

    OpenReturn(String orderNumber, OrderEvent request, Map<Long, String> itemNames) {
        this.orderNumber = orderNumber;
        this.request = request;
        List<Line> named = new ArrayList<Line>();
        if (request.getReturnedItems() != null) {
            for (Map.Entry<Long, Integer> line : request.getReturnedItems().quantities().entrySet()) {
                String name = itemNames.get(line.getKey());
                named.add(new Line(line.getValue(), name == null ? "#" + line.getKey() : name));
            }
        }
        this.lines = Collections.unmodifiableList(named);
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public boolean isWithdrawal() {
        return request.getType() == OrderEventType.WITHDRAWN;
    }

    public Date getRequestedAt() {
        return request.getOccurredAt();
    }

    /** The reason's label as the shopper chose it; null for a withdrawal. */
    public String getReason() {
        return request.getReason();
    }

    /** Empty when the request named no items (then it covers the order). */
    public List<Line> getLines() {
        return lines;
    }
}
