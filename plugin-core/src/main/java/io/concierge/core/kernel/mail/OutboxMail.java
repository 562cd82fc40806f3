package io.concierge.core.kernel.mail;

import java.io.Serializable;
import java.util.Date;

/** One mail of the outbox: what to send, to whom, and how its delivery stands. Serializable, as Broadleaf's admin
 * needs its entities to be. */
public interface OutboxMail extends Serializable {

    Long getId();

    String getRecipient();

    String getSubject();

    String getHtmlBody();

    String getTextBody();

    /** Concierge's language code of the mail ("en", "pt_BR", "es"). */
    String getLocale();

    /** The cause's own key: one cause (an order's survey, a case's reply) never makes two mails. */
    String getIdempotencyKey();

    /** The Message-ID header, derived from the key. */
    String getMessageId();

    OutboxStatus getStatus();

    /** Claims so far: attempts made or under way. */
    int getAttempts();

    Date getNextAttemptAt();

    /** The sender node holding the mail while it is {@link OutboxStatus#SENDING}. */
    String getClaimOwner();

    Date getLeaseExpiresAt();

    /** The reason the last attempt failed (the SMTP server's reply where there was one). */
    String getLastError();

    Date getCreatedAt();

    Date getSentAt();
}
