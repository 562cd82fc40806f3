package io.concierge.core.kernel.mail;

import java.time.Duration;

/** Hands the outbox's mails to the mail server; {@link SmtpMailDelivery} is the SMTP one. */
public interface MailDelivery {

    /** A connection for one batch of mails, opened at its first delivery; nothing is sent before. */
    Connection connect();

    /** The longest one delivery may take before it gives up (the connection and reply time-outs). */
    Duration longestDelivery();

    /** Delivers mails one after the other over one connection to the server, each with an outcome of its own. */
    interface Connection extends AutoCloseable {

        /**
         * Returns once the server accepted the mail; any exception says it did not (or that it is unknown). A
         * failed mail does not end the connection: the next mail goes over it, or over a new one if the server
         * dropped it.
         */
        void deliver(OutboxMail mail) throws Exception;

        /** Ends the connection (quietly: every mail's outcome is known by then). */
        @Override
        void close();
    }
}
