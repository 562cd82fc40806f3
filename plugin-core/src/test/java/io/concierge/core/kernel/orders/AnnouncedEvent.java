package io.concierge.core.kernel.orders;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;

/**
 * An order event as the timeline hands it to its listeners, for tests that announce one themselves (order care alone
 * records refunds, with a real refund): only its id, order, type and amount can be read.
 */
public final class AnnouncedEvent {

    private AnnouncedEvent() {
    }

    public static OrderEvent of(long id, long orderId, OrderEventType type, BigDecimal amount) {
        return (OrderEvent) Proxy.newProxyInstance(OrderEvent.class.getClassLoader(), new Class<?>[] {OrderEvent.class},
                (proxy, method, arguments) -> {
                    switch (method.getName()) {
                        case "getId":
                            return id;
                        case "getOrderId":
                            return orderId;
                        case "getType":
                            return type;
                        case "getAmount":
                            return amount;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }
}
