package io.concierge.core.kernel.mail;

/** A mail for {@link MailOutbox#enqueueAll}: its idempotency key, its one recipient and its content. */
public final class KeyedMail {

    private final String idempotencyKey;
    private final String recipient;
    private final RenderedMail mail;

    public KeyedMail(String idempotencyKey, String recipient, RenderedMail mail) {
        this.idempotencyKey = idempotencyKey;
        this.recipient = recipient;
        this.mail = mail;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public RenderedMail getMail() {
        return mail;
    }
}
