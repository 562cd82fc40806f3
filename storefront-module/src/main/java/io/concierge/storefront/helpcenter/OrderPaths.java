package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.OrderMailLinks;
import io.concierge.core.helpcenter.orders.ShopperAction;

/** The help center's order addresses, relative to the storefront's context path. */
public final class OrderPaths {

    public static final String LOOKUP = OrderMailLinks.LOOKUP_PATH;

    private OrderPaths() {
    }

    /** The order page, {@code /help/orders/{orderNumber}}. */
    public static String page(String orderNumber) {
        return OrderMailLinks.orderPagePath(orderNumber);
    }

    /** The page of an action: {@code /help/orders/{orderNumber}/address}, {@code …/cancel}, {@code …/return}, {@code …/withdraw}. */
    public static String action(String orderNumber, ShopperAction action) {
        return page(orderNumber) + "/" + pathOf(action);
    }

    private static String pathOf(ShopperAction action) {
        switch (action) {
            case CHANGE_ADDRESS:
                return "address";
            case CANCEL:
                return "cancel";
            case REQUEST_RETURN:
                return "return";
            case WITHDRAW:
                return "withdraw";
            default:
                throw new IllegalArgumentException("no page for " + action);
        }
    }
}
