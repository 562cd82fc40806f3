package io.concierge.core.helpcenter.cases;

/** Who wrote a message of a case's thread, and who may read it. */
public enum CaseMessageKind {
    /** The customer, on the storefront. */
    CUSTOMER,
    /** A care agent's answer, mailed to the customer. */
    AGENT,
    /** A care agent's internal note: never shown or mailed to the customer. */
    NOTE,
    /** What an agent did from the case (an order change, a refund), for the record. */
    ACTION
}
