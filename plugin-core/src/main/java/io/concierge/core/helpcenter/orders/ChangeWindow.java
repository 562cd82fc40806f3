package io.concierge.core.helpcenter.orders;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * How long a shopper may still change the shipping address or cancel: until the order reaches the store's closing
 * stage (picked by default, or shipped) and, with a daily cut-off, no later than the first cut-off after the order
 * was placed (an order placed at 13:00 with a 14:00 cut-off closes at 14:00 that day; one placed at 14:30, at
 * 14:00 the next day).
 */
public final class ChangeWindow {

    private final ChangeDeadline deadline;
    private final boolean stageOpen;
    private final Date closesAt;

    private ChangeWindow(ChangeDeadline deadline, boolean stageOpen, Date closesAt) {
        this.deadline = deadline;
        this.stageOpen = stageOpen;
        this.closesAt = closesAt;
    }

    public static ChangeWindow of(OrderCareStatus status, HelpCenterOptions options) {
        ChangeDeadline deadline = options.getChangeDeadline();
        boolean stageOpen = status.stage() == OrderStage.PLACED
                || (status.stage() == OrderStage.PICKED && deadline == ChangeDeadline.UNTIL_SHIPPED);
        Date closesAt = options.getDailyCutoff() == null || status.placedAt() == null ? null
                : firstCutoffAfter(status.placedAt(), options);
        return new ChangeWindow(deadline, stageOpen, closesAt);
    }

    private static Date firstCutoffAfter(Date placedAt, HelpCenterOptions options) {
        LocalTime cutoff = options.getDailyCutoff();
        ZonedDateTime placed = placedAt.toInstant().atZone(options.getTimeZone());
        ZonedDateTime sameDay = placed.toLocalDate().atTime(cutoff).atZone(options.getTimeZone());
        ZonedDateTime first = sameDay.isAfter(placed) ? sameDay
                : placed.toLocalDate().plusDays(1).atTime(cutoff).atZone(options.getTimeZone());
        return Date.from(first.toInstant());
    }

    public boolean isOpen(Date now) {
        return stageOpen && (closesAt == null || now.before(closesAt));
    }

    /** Whether the order's stage still allows changes (then only the cut-off can have closed them). */
    boolean isStageOpen() {
        return stageOpen;
    }

    /** The stage that closes changes, for "editable until dispatch". */
    public ChangeDeadline deadline() {
        return deadline;
    }

    /** The cut-off that closes changes at the latest, or null when only the stage does. */
    public Date closesAt() {
        return closesAt == null ? null : new Date(closesAt.getTime());
    }
}
