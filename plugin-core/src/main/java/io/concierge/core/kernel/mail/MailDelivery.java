package io.concierge.core.kernel.mail;

import java.time.Duration;

/** Hands one mail of the outbox to the mail server; {@link SmtpMailDelivery} is the SMTP one. */
public interface MailDelivery {

    /** Returns once the server accepted the mail; any exception says it did not (or that it is unknown). */
    void deliver(OutboxMail mail) throws Exception;

    /** The longest one delivery may take before it gives up (the connection and reply time-outs). */
    Duration longestDelivery();
}
