package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.OrderAuditEntry;
import io.concierge.core.kernel.CustomerFacts.CustomerFact;

import java.util.Collections;
import java.util.Date;
import java.util.List;

/** The customer beside a case: who, their orders with where each stands, their addresses, changes, cases, facts. */
public final class CustomerView {

    /** One order of the customer's, as the view lists it. */
    public static final class OrderLine {
        private final String number;
        private final Date submittedAt;
        private final String total;
        private final String stage;
        private final List<OrderAuditEntry> changes;

        OrderLine(String number, Date submittedAt, String total, String stage, List<OrderAuditEntry> changes) {
            this.number = number;
            this.submittedAt = submittedAt;
            this.total = total;
            this.stage = stage;
            this.changes = Collections.unmodifiableList(changes);
        }

        public String getNumber() { return number; }

        public Date getSubmittedAt() { return submittedAt; }

        public String getTotal() { return total; }

        /** The care stage (OrderStage's name). */
        public String getStage() { return stage; }

        /** The order's audit trail: every change by the shopper, a guest or an agent. */
        public List<OrderAuditEntry> getChanges() { return changes; }
    }

    private final String name;
    private final String email;
    private final boolean registered;
    private final List<OrderLine> orders;
    private final List<String> addresses;
    private final List<SupportCase> cases;
    private final List<CustomerFact> facts;

    CustomerView(String name, String email, boolean registered, List<OrderLine> orders, List<String> addresses,
                 List<SupportCase> cases, List<CustomerFact> facts) {
        this.name = name;
        this.email = email;
        this.registered = registered;
        this.orders = Collections.unmodifiableList(orders);
        this.addresses = Collections.unmodifiableList(addresses);
        this.cases = Collections.unmodifiableList(cases);
        this.facts = Collections.unmodifiableList(facts);
    }

    public String getName() { return name; }

    public String getEmail() { return email; }

    public boolean isRegistered() { return registered; }

    /** Newest first. */
    public List<OrderLine> getOrders() { return orders; }

    /** The address book, one line each. */
    public List<String> getAddresses() { return addresses; }

    /** The customer's cases, newest activity first (the one on screen included). */
    public List<SupportCase> getCases() { return cases; }

    /** What other capabilities know (loyalty tier, survey answers). */
    public List<CustomerFact> getFacts() { return facts; }
}
