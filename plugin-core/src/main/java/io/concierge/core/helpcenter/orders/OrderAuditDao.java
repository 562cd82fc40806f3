package io.concierge.core.helpcenter.orders;

import java.util.List;

/** Adds and reads audit entries; there is no way to change or remove one. */
public interface OrderAuditDao {

    OrderAuditEntry add(OrderAuditEntryImpl entry);

    /** Oldest first. */
    List<OrderAuditEntry> readForOrder(long orderId);
}
