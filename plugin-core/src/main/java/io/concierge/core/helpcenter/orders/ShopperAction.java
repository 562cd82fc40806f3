package io.concierge.core.helpcenter.orders;

import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** What a shopper may do on their order page, depending on where the order stands. */
public enum ShopperAction {

    CHANGE_ADDRESS,
    CANCEL,
    REQUEST_RETURN,
    /** The EU right of withdrawal: no reason needed, within {@link #WITHDRAWAL_DAYS} days after delivery. */
    WITHDRAW;

    /** Set by EU law (Directive 2011/83/EU, art. 9), not by the store. */
    public static final int WITHDRAWAL_DAYS = 14;

    public static Set<ShopperAction> allowed(OrderCareStatus status, HelpCenterOptions options, Date now) {
        Set<ShopperAction> allowed = EnumSet.noneOf(ShopperAction.class);
        if (ChangeWindow.of(status, options).isOpen(now)) {
            allowed.add(CHANGE_ADDRESS);
            allowed.add(CANCEL);
        }
        if (status.stage() == OrderStage.DELIVERED) {
            if (withinDaysAfter(status.deliveredAt(), options.getReturnWindowDays(), now)) {
                allowed.add(REQUEST_RETURN);
            }
            if (withinDaysAfter(status.deliveredAt(), WITHDRAWAL_DAYS, now)) {
                allowed.add(WITHDRAW);
            }
        }
        return allowed;
    }

    /** Up to and including {@code days} times 24 hours after delivery. */
    private static boolean withinDaysAfter(Date delivered, int days, Date now) {
        return days > 0 && !now.after(new Date(delivered.getTime() + TimeUnit.DAYS.toMillis(days)));
    }
}
