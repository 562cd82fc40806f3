package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.StoreOptions;

import java.time.LocalTime;
import java.time.ZoneId;

/** The store's help-center options that order care reads. */
public interface HelpCenterOptions extends StoreOptions {

    int DEFAULT_RETURN_WINDOW_DAYS = 30;
    int DEFAULT_COMPLAINT_SUPPRESSION_ORDERS = 3;
    int DEFAULT_COMPLAINT_SUPPRESSION_DAYS = 90;

    ChangeDeadline getChangeDeadline();

    /**
     * The time of day, in {@link #getTimeZone()}, at which the warehouse starts on the orders placed before it:
     * an order is then editable until the first cut-off after it was placed, at the latest. Null: no cut-off.
     */
    LocalTime getDailyCutoff();

    ZoneId getTimeZone();

    /** Days after delivery within which a shopper may request a return; 0 offers no returns. */
    int getReturnWindowDays();

    /**
     * From how many orders holding a product with a complaint case (a case of a complaint reason about the order)
     * filed within {@link #getComplaintSuppressionDays()} guidance recommends the product no more; 0: never.
     */
    int getComplaintSuppressionOrders();

    int getComplaintSuppressionDays();

    /** Whether the help center sends this mail when its event is recorded (all are on by default). */
    boolean isMailOn(OrderMail mail);
}
