package io.concierge.core.survey;

/** Where an invitation stands: written by the dispatch, mailed, reminded once, answered. */
public enum InvitationStatus {
    /** Written by the dispatch; its mail goes into the outbox next. */
    DUE,
    SENT,
    REMINDED,
    ANSWERED,
    /** Not mailed: the customer opted out of surveys after it was written. */
    WITHHELD
}
