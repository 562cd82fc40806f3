package io.concierge.core.helpcenter.orders;

import java.util.Date;

/**
 * Why an order's shipping address or the order itself can no longer be changed, and since when: the time it was
 * picked, shipped, delivered or cancelled, or the daily cut-off that closed it. Its message key
 * ({@code helpcenter.orders.changeRefused.<reason>}) takes that time as argument {0}.
 */
public final class ChangeRefusal {

    public enum Reason {
        NOT_PLACED("notPlaced"),
        NOT_YOUR_ORDER("notYourOrder"),
        NOTHING_TO_SHIP("nothingToShip"),
        CANCELLED("cancelled"),
        PICKED("picked"),
        SHIPPED("shipped"),
        OUT_FOR_DELIVERY("outForDelivery"),
        DELIVERED("delivered"),
        CUT_OFF_PASSED("cutOffPassed"),
        NOT_DELIVERED("notDelivered"),
        RETURN_WINDOW_CLOSED("returnWindowClosed"),
        WITHDRAWAL_PERIOD_OVER("withdrawalPeriodOver"),
        RETURN_ALREADY_REQUESTED("returnAlreadyRequested"),
        NO_RETURN_RECEIVED("noReturnReceived"),
        NOT_PAID("notPaid"),
        ALREADY_REFUNDED("alreadyRefunded"),
        AGENTS_ONLY("agentsOnly");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /** The reason's name in message keys. */
        public String key() {
            return key;
        }

        public String messageKey() {
            return KEY_PREFIX + key;
        }
    }

    public static final String KEY_PREFIX = "helpcenter.orders.changeRefused.";

    private final Reason reason;
    private final Date since;

    ChangeRefusal(Reason reason, Date since) {
        this.reason = reason;
        this.since = since == null ? null : new Date(since.getTime());
    }

    public Reason reason() {
        return reason;
    }

    /** Since when the change is closed; null for the reasons that have no time (not placed, not yours). */
    public Date since() {
        return since == null ? null : new Date(since.getTime());
    }

    public String messageKey() {
        return reason.messageKey();
    }

    @Override
    public String toString() {
        return reason + (since == null ? "" : " since " + since.toInstant());
    }
}
