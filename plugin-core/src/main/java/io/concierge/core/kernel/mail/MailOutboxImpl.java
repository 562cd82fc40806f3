package io.concierge.core.kernel.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/** {@link MailOutbox} on {@link OutboxMailStore}; checks every mail before it is stored. */
@Service("cncMailOutbox")
public class MailOutboxImpl implements MailOutbox {

    @Resource(name = "cncOutboxMailStore")
    protected OutboxMailStore store;

    @Value("${concierge.mail.from:store@localhost}")
    protected String from = "store@localhost";

    /** Empty: the domain of the from address. */
    @Value("${concierge.mail.messageIdDomain:}")
    protected String messageIdDomain = "";

    protected Clock clock = Clock.systemUTC();

    private String domain;

    @PostConstruct
    public void checkSettings() {
        domain = messageIdDomain.trim().isEmpty() ? MessageIds.checkedDomain(MailAddresses.domainOf(
                MailAddresses.from(from))) : MessageIds.checkedDomain(messageIdDomain);
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public OutboxMail enqueue(String idempotencyKey, String recipient, RenderedMail mail) {
        return store.insertIfAbsent(checked(idempotencyKey, recipient, mail));
    }

    @Override
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public void enqueueAll(List<KeyedMail> mails) {
        List<OutboxMailStore.NewMail> checked = new ArrayList<OutboxMailStore.NewMail>(mails.size());
        for (KeyedMail mail : mails) {
            checked.add(checked(mail.getIdempotencyKey(), mail.getRecipient(), mail.getMail()));
        }
        store.insertAllIfAbsent(checked);
    }

    private OutboxMailStore.NewMail checked(String idempotencyKey, String recipient, RenderedMail mail) {
        String key = checkedKey(idempotencyKey);
        MailAddresses.recipient(recipient);
        if (recipient.trim().length() > OutboxMailImpl.MAX_RECIPIENT_LENGTH) {
            throw new IllegalArgumentException("The recipient is longer than " + OutboxMailImpl.MAX_RECIPIENT_LENGTH
                    + " characters");
        }
        checkContent(mail);
        return new OutboxMailStore.NewMail(key, MessageIds.forKey(key, domain), recipient.trim(), mail,
                clock.instant());
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean retry(long mailId) {
        return store.retryFailed(mailId, clock.instant());
    }

    private static String checkedKey(String key) {
        if (key == null || key.trim().isEmpty()) {
            throw new IllegalArgumentException("A mail needs an idempotency key naming its cause");
        }
        if (key.length() > OutboxMailImpl.MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("The idempotency key is longer than " + OutboxMailImpl.MAX_KEY_LENGTH
                    + " characters: " + key.substring(0, 40) + "…");
        }
        return key;
    }

    private static void checkContent(RenderedMail mail) {
        if (mail == null || mail.getLanguage() == null) {
            throw new IllegalArgumentException("A mail needs its content and language");
        }
        String subject = mail.getSubject();
        if (subject == null || subject.trim().isEmpty()) {
            throw new IllegalArgumentException("A mail needs a subject");
        }
        if (subject.length() > OutboxMailImpl.MAX_SUBJECT_LENGTH || subject.indexOf('\r') >= 0
                || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("A mail subject is one line of at most "
                    + OutboxMailImpl.MAX_SUBJECT_LENGTH + " characters");
        }
        if (mail.getTextBody() == null || mail.getTextBody().trim().isEmpty()) {
            throw new IllegalArgumentException("A mail needs a plain-text body (the HTML body is optional)");
        }
    }
}
