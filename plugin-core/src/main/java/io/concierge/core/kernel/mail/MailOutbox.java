package io.concierge.core.kernel.mail;

import java.util.List;

/**
 * The kernel's mail outbox, through which every capability sends mail ({@code cncMailOutbox}). A mail is written in
 * the caller's transaction and sent after it commits by the sender job of any node: a crash after the commit loses
 * nothing, a rollback sends nothing.
 */
public interface MailOutbox {

    /**
     * Puts a mail in the outbox, in the caller's transaction (there must be one, on {@code blTransactionManager}).
     *
     * @param idempotencyKey names the cause, e.g. {@code survey.invite:order:1234}: the same key again (or on
     *                       another node at the same time) makes no second mail, and the mail already stored under
     *                       it is returned
     * @param recipient      one address, e.g. {@code ana@example.com} or {@code "Ana Souza" <ana@example.com>}
     * @param mail           subject and bodies, usually from {@link MailTemplates#render}
     * @throws IllegalArgumentException for a missing key, subject or text body, or an address that is not one
     */
    OutboxMail enqueue(String idempotencyKey, String recipient, RenderedMail mail);

    /**
     * Puts many mails in the outbox at once, in the caller's transaction, each as {@link #enqueue} would (a key
     * already there makes no second mail), but in one batch of statements and without reading the mails back: for a
     * job that writes mails by the hundred. Every mail is checked before any is written.
     *
     * @throws IllegalArgumentException as {@link #enqueue}, for the first mail that is not right (nothing is written)
     */
    void enqueueAll(List<KeyedMail> mails);

    /** Makes a failed mail pending again with all its attempts; false if it is not (or no longer) failed. */
    boolean retry(long mailId);
}
