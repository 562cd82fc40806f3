package io.concierge.core.helpcenter.account;

/** Why the store would write to a customer: order mails always go out, the others only while not opted out. */
public enum Purpose {
    /** Confirmation, dispatch, delay and the other mails about an order the customer placed: always sent. */
    ORDER,
    /** Post-sale surveys. */
    SURVEY,
    /** Offers and news. */
    MARKETING
}
