package io.concierge.core.kernel.orders;

/**
 * Hears about each event newly added to a timeline (not a repeat), from every source: every bean implementing it is
 * called by the help center's order timeline inside the transaction that writes the event, so what it writes
 * (a mail in the outbox, say) commits or rolls back with the event. A listener that throws makes the recording fail.
 */
public interface OrderEventListener {

    void eventRecorded(OrderEvent event);
}
