package io.concierge.core.kernel.mail;

import io.concierge.core.kernel.Language;

/**
 * A mail ready to be put in the outbox: subject, plain-text body, optional HTML body and the language they are
 * written in. {@link MailTemplates} makes them from templates; a caller may also build one directly.
 */
public final class RenderedMail {

    private final String subject;
    private final String htmlBody;
    private final String textBody;
    private final Language language;

    public RenderedMail(String subject, String htmlBody, String textBody, Language language) {
        this.subject = subject;
        this.htmlBody = htmlBody;
        this.textBody = textBody;
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    /** Null for a plain-text mail. */
    public String getHtmlBody() {
        return htmlBody;
    }

    public String getTextBody() {
        return textBody;
    }

    public Language getLanguage() {
        return language;
    }
}
