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

    /** Where the order page posts an action: {@code /help/orders/{orderNumber}/address}, {@code …/cancel}… */
    public static String action(String orderNumber, ShopperAction action) {
        return page(orderNumber) + "/" + segment(action);
    }

    private static String segment(ShopperAction action) {
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
                throw new IllegalArgumentException("no address for " + action);
        }
    }
}
