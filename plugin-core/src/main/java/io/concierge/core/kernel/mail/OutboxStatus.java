package io.concierge.core.kernel.mail;

/** Where a mail of the outbox stands. Stored by name. */
public enum OutboxStatus {

    /** Waiting for its next attempt time. */
    PENDING,
    /** Claimed by a sender node until its lease expires. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: permanently refused, or out of attempts; an administrator may retry it. */
    FAILED
}
