package io.concierge.core.helpcenter.orders;

/**
 * Why an order event was not recorded. Each has a message key ({@code helpcenter.orders.refused.<name>}) in
 * {@code messages/OrderCareMessages}, which the storefront and the admin both load; the webhook answers with the key
 * and its English text.
 */
public enum Refusal {

    NOT_PLACED("notPlaced"),
    ALREADY_PLACED("alreadyPlaced"),
    ONLY_AT_CHECKOUT("onlyAtCheckout"),
    /** "address changed" is recorded by the change itself ({@link OrderChangeService}), never sent. */
    ONLY_WITH_THE_CHANGE("onlyWithTheChange"),
    NOT_FOR_SHOPPERS("notForShoppers"),
    CANCELLED("cancelled"),
    ALREADY_PAID("alreadyPaid"),
    ALREADY_PICKED("alreadyPicked"),
    ALREADY_SHIPPED("alreadyShipped"),
    NOT_SHIPPED("notShipped"),
    ALREADY_OUT_FOR_DELIVERY("alreadyOutForDelivery"),
    ALREADY_DELIVERED("alreadyDelivered"),
    NOT_DELIVERED("notDelivered"),
    RETURN_ALREADY_REQUESTED("returnAlreadyRequested"),
    NO_RETURN_REQUESTED("noReturnRequested"),
    NOT_PAID("notPaid"),
    NOTHING_TO_REFUND("nothingToRefund"),
    ALREADY_REFUNDED("alreadyRefunded"),
    DELAY_NEEDS_REASON("delayNeedsReason", false),
    TRACKING_LINK_NOT_HTTP("trackingLinkNotHttp", false),
    DETAIL_TOO_LONG("detailTooLong", false),
    IN_THE_FUTURE("inTheFuture", false),
    CHANGE_DEADLINE_PASSED("changeDeadlinePassed"),
    RETURN_WINDOW_CLOSED("returnWindowClosed"),
    WITHDRAWAL_PERIOD_OVER("withdrawalPeriodOver");

    public static final String KEY_PREFIX = "helpcenter.orders.refused.";

    private final String name;
    private final boolean transition;

    Refusal(String name) {
        this(name, true);
    }

    Refusal(String name, boolean transition) {
        this.name = name;
        this.transition = transition;
    }

    /** Whether the event does not fit where the order stands (else: the event itself is malformed). */
    public boolean isTransition() {
        return transition;
    }

    public String messageKey() {
        return KEY_PREFIX + name;
    }
}
