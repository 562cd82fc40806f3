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
            if (options.getReturnWindowDays() > 0 && !now.after(REQUEST_RETURN.closesAt(status, options))) {
                allowed.add(REQUEST_RETURN);
            }
            if (!now.after(WITHDRAW.closesAt(status, options))) {
                allowed.add(WITHDRAW);
            }
        }
        return allowed;
    }

    /**
     * Until when a delivered order may be returned ({@code returnWindowDays}) or withdrawn from (14 days): that many
     * times 24 hours after delivery, inclusive.
     *
     * @throws IllegalStateException for the changes, whose window is a {@link ChangeWindow}, or before delivery
     */
    public Date closesAt(OrderCareStatus status, HelpCenterOptions options) {
        if (this != REQUEST_RETURN && this != WITHDRAW || status.deliveredAt() == null) {
            throw new IllegalStateException(this + " has no period after delivery here");
        }
        int days = this == WITHDRAW ? WITHDRAWAL_DAYS : options.getReturnWindowDays();
        return new Date(status.deliveredAt().getTime() + TimeUnit.DAYS.toMillis(days));
    }
}
