package io.concierge.core.kernel.mail;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.time.Duration;
import java.util.Properties;

import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

/**
 * {@link MailDelivery} over SMTP with Spring's {@link JavaMailSenderImpl}: a multipart/alternative mail (plain text,
 * and HTML where there is one) with the outbox's deterministic Message-ID, which Spring keeps when it sends.
 */
public class SmtpMailDelivery implements MailDelivery {

    private static final String[] TIMEOUTS = {"mail.smtp.connectiontimeout", "mail.smtp.timeout",
            "mail.smtp.writetimeout"};

    private final JavaMailSenderImpl sender;
    private final InternetAddress from;
    private final Duration longestDelivery;

    public SmtpMailDelivery(JavaMailSenderImpl sender, String from) {
        this.sender = sender;
        this.from = MailAddresses.from(from);
        this.longestDelivery = longestDelivery(sender.getJavaMailProperties());
    }

    @Override
    public void deliver(OutboxMail mail) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, mail.getHtmlBody() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(MailAddresses.recipient(mail.getRecipient()));
        helper.setSubject(mail.getSubject());
        if (mail.getHtmlBody() != null) {
            helper.setText(mail.getTextBody(), mail.getHtmlBody());
        } else {
            helper.setText(mail.getTextBody());
        }
        message.setHeader("Content-Language", mail.getLocale().replace('_', '-'));
        message.setHeader("Message-ID", mail.getMessageId());
        sender.send(message);
    }

    @Override
    public Duration longestDelivery() {
        return longestDelivery;
    }

    /** Connecting, writing the message and reading the reply, each bounded by its time-out, which must be set. */
    private static Duration longestDelivery(Properties properties) {
        long millis = 0;
        for (String timeout : TIMEOUTS) {
            String value = properties.getProperty(timeout);
            try {
                long parsed = Long.parseLong(value == null ? "" : value.trim());
                if (parsed <= 0) {
                    throw new NumberFormatException();
                }
                millis += parsed;
            } catch (NumberFormatException notSet) {
                throw new IllegalArgumentException("The mail sender needs the JavaMail property " + timeout
                        + " (milliseconds, above 0), else a silent server holds a claimed mail forever; it is \""
                        + value + "\"");
            }
        }
        return Duration.ofMillis(millis);
    }
}
