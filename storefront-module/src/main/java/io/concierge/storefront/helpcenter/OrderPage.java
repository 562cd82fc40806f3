package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.ChangeWindow;
import io.concierge.core.helpcenter.orders.HelpCenterOptions;
import io.concierge.core.helpcenter.orders.OrderCareStatus;
import io.concierge.core.helpcenter.orders.OrderTimeline;
import io.concierge.core.helpcenter.orders.ShopperAction;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.storefront.kernel.ShopperLocale;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.profile.core.domain.Address;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.Locale;

/**
 * An order as its page shows it to the shopper: where it stands, what happened so far, what it holds and where it
 * goes, until when it can be changed and the actions its status allows. Times are written in the shopper's language
 * and the store's time zone; money per the shopper's locale.
 */
public final class OrderPage {

    private final String number;
    private final String placedOn;
    private final String stage;
    private final boolean paid;
    private final boolean refunded;
    private final String delayReason;
    private final boolean delayed;
    private final String carrier;
    private final String trackingNumber;
    private final String trackingUrl;
    private final String estimatedDelivery;
    private final String timeZone;
    private final List<Entry> events;
    private final List<Line> lines;
    private final String subtotal;
    private final String shipping;
    private final String total;
    private final List<String> shippingAddress;
    private final boolean changeable;
    private final String deadline;
    private final String cutoff;
    private final List<Action> actions;
    private final String returnClosesAt;
    private final String withdrawalClosesAt;
    private final String returnRequestedAt;
    private final boolean withdrawn;
    private final String returnReason;

    public OrderPage(Order order, OrderTimeline timeline, HelpCenterOptions options, ShopperLocale shopper, Date now) {
        Times times = new Times(shopper.getLocale(), options.getTimeZone());
        OrderCareStatus status = timeline.status();
        ChangeWindow window = timeline.changeWindow(options);
        this.number = order.getOrderNumber();
        this.placedOn = shopper.date(order.getSubmitDate());
        this.stage = status.stage().name().toLowerCase(Locale.ROOT);
        this.paid = status.isPaid();
        this.refunded = status.isRefunded();
        this.delayed = status.isDelayed();
        this.delayReason = status.delayReason();
        this.carrier = status.carrier();
        this.trackingNumber = status.trackingNumber();
        this.trackingUrl = webLink(status.trackingUrl());
        this.estimatedDelivery = times.day(status.estimatedDelivery());
        this.timeZone = options.getTimeZone().getDisplayName(TextStyle.FULL, shopper.getLocale());
        List<Entry> events = new ArrayList<Entry>();
        for (OrderEvent event : timeline.events()) {
            events.add(new Entry(event, times, event.getAmount() == null ? null
                    : shopper.money(new Money(event.getAmount(), order.getTotal().getCurrency()))));
        }
        this.events = Collections.unmodifiableList(events);
        List<Line> lines = new ArrayList<Line>();
        for (OrderItem item : order.getOrderItems()) {
            lines.add(new Line(item, shopper));
        }
        this.lines = Collections.unmodifiableList(lines);
        this.subtotal = shopper.money(order.getSubTotal());
        this.shipping = shopper.money(order.getTotalFulfillmentCharges());
        this.total = shopper.money(order.getTotal());
        this.shippingAddress = BroadleafOrders.shippingAddressLines(order);
        this.changeable = window.isOpen(now);
        this.deadline = window.deadline().name().toLowerCase(Locale.ROOT);
        this.cutoff = window.closesAt() == null ? null : times.moment(window.closesAt());
        List<Action> actions = new ArrayList<Action>();
        Set<ShopperAction> allowed = timeline.allowedActions(options, now);
        for (ShopperAction action : allowed) {
            actions.add(new Action(action, order.getOrderNumber()));
        }
        this.actions = Collections.unmodifiableList(actions);
        this.returnClosesAt = allowed.contains(ShopperAction.REQUEST_RETURN)
                ? times.moment(ShopperAction.REQUEST_RETURN.closesAt(status, options)) : null;
        this.withdrawalClosesAt = allowed.contains(ShopperAction.WITHDRAW)
                ? times.moment(ShopperAction.WITHDRAW.closesAt(status, options)) : null;
        this.returnRequestedAt = times.moment(status.returnRequestedAt());
        this.withdrawn = status.isWithdrawn();
        this.returnReason = status.returnReason();
    }

    /** The link when it is an http(s) address, else null: nothing else becomes a link on the page. */
    static String webLink(String url) {
        if (url == null) {
            return null;
        }
        try {
            String scheme = new URI(url.trim()).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    ? url.trim() : null;
        } catch (URISyntaxException notALink) {
            return null;
        }
    }

    public String getNumber() { return number; }

    public String getPlacedOn() { return placedOn; }

    /** The care stage in lower case ({@code placed}, {@code out_for_delivery}…), for message keys. */
    public String getStage() { return stage; }

    public boolean isPaid() { return paid; }

    public boolean isRefunded() { return refunded; }

    public boolean isDelayed() { return delayed; }

    public String getDelayReason() { return delayReason; }

    public String getCarrier() { return carrier; }

    public String getTrackingNumber() { return trackingNumber; }

    /** An http(s) address, or null. */
    public String getTrackingUrl() { return trackingUrl; }

    public String getEstimatedDelivery() { return estimatedDelivery; }

    /** The store's time zone, named in the shopper's language: the page's times are in it. */
    public String getTimeZone() { return timeZone; }

    public List<Entry> getEvents() { return events; }

    public List<Line> getLines() { return lines; }

    public String getSubtotal() { return subtotal; }

    public String getShipping() { return shipping; }

    public String getTotal() { return total; }

    public List<String> getShippingAddress() { return shippingAddress; }

    /** Whether the address may still be changed or the order cancelled. */
    public boolean isChangeable() { return changeable; }

    /** The stage that closes changes, in lower case ({@code until_picked}, {@code until_shipped}). */
    public String getDeadline() { return deadline; }

    /** The merchant's daily cut-off that closes changes at the latest, or null. */
    public String getCutoff() { return cutoff; }

    public List<Action> getActions() { return actions; }

    /** Until when a return may be asked for, while it may; else null. */
    public String getReturnClosesAt() { return returnClosesAt; }

    /** Until when the shopper may withdraw (14 days after delivery), while they may; else null. */
    public String getWithdrawalClosesAt() { return withdrawalClosesAt; }

    /** When the return was asked for or the withdrawal received; null before. */
    public String getReturnRequestedAt() { return returnRequestedAt; }

    public boolean isWithdrawn() { return withdrawn; }

    public String getReturnReason() { return returnReason; }

    /** The shopper's language and the store's time zone, for the page's times. */
    static final class Times {
        private final DateTimeFormatter moment;
        private final DateTimeFormatter day;

        Times(Locale locale, ZoneId zone) {
            moment = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(zone);
            day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        }

        String moment(Date time) {
            return time == null ? null : moment.format(time.toInstant());
        }

        String day(LocalDate date) {
            return date == null ? null : day.format(date);
        }
    }

    /** One event of the timeline. */
    public static final class Entry {
        private final String type;
        private final String occurredAt;
        private final String occurredAtIso;
        private final String carrier;
        private final String trackingNumber;
        private final String trackingUrl;
        private final String estimatedDelivery;
        private final String reason;
        private final String amount;

        Entry(OrderEvent event, Times times, String amount) {
            this.type = event.getType().key();
            this.occurredAt = times.moment(event.getOccurredAt());
            this.occurredAtIso = event.getOccurredAt().toInstant().toString();
            this.carrier = event.getCarrier();
            this.trackingNumber = event.getTrackingNumber();
            this.trackingUrl = webLink(event.getTrackingUrl());
            this.estimatedDelivery = times.day(event.getEstimatedDelivery());
            this.reason = event.getReason();
            this.amount = amount;
        }

        /** The event type's key ({@code placed}, {@code shipped}…), for message keys. */
        public String getType() { return type; }

        public String getOccurredAt() { return occurredAt; }

        public String getOccurredAtIso() { return occurredAtIso; }

        public String getCarrier() { return carrier; }

        public String getTrackingNumber() { return trackingNumber; }

        public String getTrackingUrl() { return trackingUrl; }

        public String getEstimatedDelivery() { return estimatedDelivery; }

        public String getReason() { return reason; }

        /** What a refund in part gave back, in the shopper's locale; null for other events. */
        public String getAmount() { return amount; }
    }

    /** One line of the order. */
    public static final class Line {
        private final String name;
        private final int quantity;
        private final String unitPrice;
        private final String total;

        Line(OrderItem item, ShopperLocale shopper) {
            this.name = item.getName();
            this.quantity = item.getQuantity();
            this.unitPrice = shopper.money(item.getAveragePrice());
            this.total = shopper.money(item.getTotalPrice());
        }

        public String getName() { return name; }

        public int getQuantity() { return quantity; }

        public String getUnitPrice() { return unitPrice; }

        public String getTotal() { return total; }
    }

    /** An action the status allows: a link to its page, which asks for what it needs and confirms. */
    public static final class Action {
        private final String name;
        private final String path;

        Action(ShopperAction action, String orderNumber) {
            this.name = action.name().toLowerCase(Locale.ROOT);
            this.path = OrderPaths.action(orderNumber, action);
        }

        /** {@code change_address}, {@code cancel}: for message keys. */
        public String getName() { return name; }

        public String getPath() { return path; }
    }
}
