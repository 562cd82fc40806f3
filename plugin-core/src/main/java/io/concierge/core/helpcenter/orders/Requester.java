package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.audit.AuditRecord;
import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;

/**
 * Who asks for a change to an order, and from which client address: a signed-in shopper, a guest who looked the
 * order up, or a care agent. The audit trail keeps both.
 */
public final class Requester {

    private final EventSource source;
    private final Long id;
    private final String clientAddress;
    private final boolean pastDeadline;

    private Requester(EventSource source, Long id, String clientAddress) {
        this(source, id, clientAddress, false);
    }

    private Requester(EventSource source, Long id, String clientAddress, boolean pastDeadline) {
        this.pastDeadline = pastDeadline;
        this.source = source;
        this.id = id;
        this.clientAddress = AuditRecord.clientAddressOf(clientAddress);
    }

    /** A signed-in shopper, by Broadleaf customer id: may change only their own orders. */
    public static Requester shopper(long customerId, String clientAddress) {
        return new Requester(EventSource.SHOPPER, customerId, clientAddress);
    }

    /** A guest whom the storefront let in by order number and e-mail; recorded as the order's (anonymous) customer. */
    public static Requester guest(String clientAddress) {
        return new Requester(EventSource.GUEST, null, clientAddress);
    }

    public static Requester agent(long adminUserId, String clientAddress) {
        return new Requester(EventSource.AGENT, adminUserId, clientAddress);
    }

    /**
     * The same agent, allowed by their role to change or cancel an order past the shopper's deadline (picked, or
     * after the daily cut-off), though never once it has shipped.
     */
    public Requester pastDeadline() {
        if (source != EventSource.AGENT) {
            throw new IllegalStateException("only care agents act past the deadline");
        }
        return new Requester(source, id, clientAddress, true);
    }

    boolean mayActPastDeadline() {
        return pastDeadline;
    }

    public EventSource source() {
        return source;
    }

    /** The client's IP address as the storefront or admin saw it, or null when unknown. */
    public String clientAddress() {
        return clientAddress;
    }

    /** Whether a shopper asks for someone else's order (guests and agents were let in by the web layer). */
    boolean isStrangerTo(long orderCustomerId) {
        return source == EventSource.SHOPPER && id != orderCustomerId;
    }

    Actor actorFor(long orderCustomerId) {
        return source == EventSource.AGENT ? Actor.adminUser(id) : Actor.customer(orderCustomerId);
    }
}
