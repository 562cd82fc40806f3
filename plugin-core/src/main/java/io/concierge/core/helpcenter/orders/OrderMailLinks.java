package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.StorefrontUrl;
import org.springframework.web.util.UriUtils;

import java.io.UnsupportedEncodingException;

/** The absolute links of the help center's mails, always from the configured storefront address. */
public final class OrderMailLinks {

    /** The guest order lookup, relative to the storefront's context path. */
    public static final String LOOKUP_PATH = "/help/orders/lookup";

    private final StorefrontUrl storefront;

    public OrderMailLinks(StorefrontUrl storefront) {
        this.storefront = storefront;
    }

    /** The order page, {@code /help/orders/{orderNumber}}, relative to the storefront's context path. */
    public static String orderPagePath(String orderNumber) {
        try {
            return "/help/orders/" + UriUtils.encodePathSegment(orderNumber, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Where the mail sends the shopper to see the order: a registered customer signs in to the order page; a guest's
     * checkout session owns nothing, so a guest gets the lookup (order number and e-mail), which leads there.
     */
    public String order(String orderNumber, boolean registeredCustomer) {
        return storefront.resolve(registeredCustomer ? orderPagePath(orderNumber) : LOOKUP_PATH);
    }

    /** A storefront path (a guide's) as an absolute link. */
    public String page(String path) {
        return storefront.resolve(path);
    }
}
