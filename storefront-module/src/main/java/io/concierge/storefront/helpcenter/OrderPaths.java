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

    /** The page of an action: {@code /help/orders/{orderNumber}/address}, {@code …/cancel}. */
    public static String action(String orderNumber, ShopperAction action) {
        if (!hasPage(action)) {
            throw new IllegalArgumentException("no page for " + action);
        }
        return page(orderNumber) + "/" + (action == ShopperAction.CHANGE_ADDRESS ? "address" : "cancel");
    }

    /** Whether the storefront has a page for the action yet (the address change and the cancellation). */
    public static boolean hasPage(ShopperAction action) {
        return action == ShopperAction.CHANGE_ADDRESS || action == ShopperAction.CANCEL;
    }
}
