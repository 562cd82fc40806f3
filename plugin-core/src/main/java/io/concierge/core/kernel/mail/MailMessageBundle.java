package io.concierge.core.kernel.mail;

/**
 * A capability's message bundle for its mails: a bean of this class in the capability's patch file adds it to
 * {@code cncMailMessageSource}, after the bundles of {@code cncMailMessageBasenames} (so an integrator's bundle listed
 * there rewords any of its messages).
 */
public final class MailMessageBundle {

    private final String basename;

    public MailMessageBundle(String basename) {
        this.basename = basename;
    }

    public String basename() {
        return basename;
    }
}
