package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.ShopperAction;
import org.springframework.web.util.UriUtils;

import java.io.UnsupportedEncodingException;

/** The help center's order addresses, relative to the storefront's context path. */
public final class OrderPaths {

    public static final String LOOKUP = "/help/orders/lookup";

    private OrderPaths() {
    }

    /** The order page, {@code /help/orders/{orderNumber}}. */
    public static String page(String orderNumber) {
        try {
            return "/help/orders/" + UriUtils.encodePathSegment(orderNumber, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
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
