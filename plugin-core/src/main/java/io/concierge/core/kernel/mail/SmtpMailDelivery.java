package io.concierge.core.kernel.mail;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.time.Duration;
import java.util.Date;
import java.util.Properties;

import javax.mail.MessagingException;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

/**
 * {@link MailDelivery} over SMTP with the session and server settings of Spring's {@link JavaMailSenderImpl}: a
 * multipart/alternative mail (plain text, and HTML where there is one) with the outbox's deterministic Message-ID.
 * A batch goes over one SMTP connection (one JavaMail {@link Transport}); a refused mail leaves it open (JavaMail
 * resets the SMTP transaction), a dropped connection is opened again for the next mail.
 */
public class SmtpMailDelivery implements MailDelivery {

    private static final Log LOG = LogFactory.getLog(SmtpMailDelivery.class);

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
    public Connection connect() {
        return new SmtpConnection();
    }

    private MimeMessage message(OutboxMail mail) throws MessagingException {
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
        message.setSentDate(new Date());
        // Saving computes the headers, a new Message-ID among them: the outbox's is set after.
        message.saveChanges();
        message.setHeader("Message-ID", mail.getMessageId());
        return message;
    }

    @Override
    public Duration longestDelivery() {
        return longestDelivery;
    }

    /** One SMTP connection, opened at the first delivery and again after the server dropped it. */
    private final class SmtpConnection implements Connection {

        private Transport transport;

        @Override
        public void deliver(OutboxMail mail) throws Exception {
            MimeMessage message = message(mail);
            if (transport == null) {
                transport = connected();
            }
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                // A refusal leaves the connection usable; a time-out or a lost connection does not.
                if (!transport.isConnected()) {
                    close();
                }
                throw e;
            }
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.debug("Closing the SMTP connection failed: " + e);
                }
                transport = null;
            }
        }

        /** As Spring connects: its protocol, host, port, and credentials unless they are empty. */
        private Transport connected() throws MessagingException {
            Transport connecting = sender.getProtocol() == null ? sender.getSession().getTransport()
                    : sender.getSession().getTransport(sender.getProtocol());
            String username = sender.getUsername();
            String password = sender.getPassword();
            if (username != null && username.isEmpty()) {
                username = null;
                password = password != null && password.isEmpty() ? null : password;
            }
            connecting.connect(sender.getHost(), sender.getPort(), username, password);
            return connecting;
        }
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
