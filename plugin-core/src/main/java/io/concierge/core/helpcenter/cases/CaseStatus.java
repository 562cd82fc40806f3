package io.concierge.core.helpcenter.cases;

/** Where a support case stands: whose turn it is. */
public enum CaseStatus {
    /** Waiting for the store: new, or the customer wrote again. */
    OPEN,
    /** The store answered; waiting for the customer. */
    ANSWERED,
    /** Solved; the customer's next message opens it again. */
    RESOLVED
}
