package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;

import java.util.Date;

/** One change to an order, as the audit trail keeps it: never changed or removed. */
public interface OrderAuditEntry {

    Long getId();

    long getOrderId();

    AuditedChange getChange();

    /** When it was made (to the second). */
    Date getChangedAt();

    /** Through which channel: shopper, guest or agent. */
    EventSource getSource();

    /** Who: the customer (a guest's anonymous customer too) or the admin user. */
    Actor getActor();

    /** The client's IP address, or null when it was not known. */
    String getClientAddress();

    /** JSON object of what it was before the change; null when there was no "before" (an agent's event). */
    String getBefore();

    /** JSON object of what it is after the change. */
    String getAfter();
}
