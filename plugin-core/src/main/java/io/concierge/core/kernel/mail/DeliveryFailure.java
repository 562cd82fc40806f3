package io.concierge.core.kernel.mail;

import com.sun.mail.smtp.SMTPAddressFailedException;
import com.sun.mail.smtp.SMTPSendFailedException;
import com.sun.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;

import java.util.LinkedHashSet;
import java.util.Set;

import javax.mail.MessagingException;
import javax.mail.internet.AddressException;

/**
 * Why a delivery failed, in the SMTP server's words where it gave any, and whether trying again can help: a 5xx reply
 * (unknown recipient, refused sender, message refused) or an address that cannot be parsed is permanent; anything
 * else (connection refused, time-outs, 4xx replies, lost connections) is worth another attempt.
 */
public final class DeliveryFailure {

    static final int MAX_REASON_LENGTH = 1000;

    private final String reason;
    private final boolean permanent;

    public DeliveryFailure(String reason, boolean permanent) {
        this.reason = truncated(reason);
        this.permanent = permanent;
    }

    public static DeliveryFailure of(Throwable failure) {
        Set<String> messages = new LinkedHashSet<String>();
        boolean permanent = false;
        Set<Throwable> seen = new LinkedHashSet<Throwable>();
        for (Throwable t = failure; t != null && seen.add(t); t = next(t)) {
            // Spring's wrappers repeat what they wrap, with its class names and the failed message objects.
            boolean springWrapper = t instanceof MailException && next(t) != null;
            String message = springWrapper ? null : ownMessage(t);
            if (message != null && !message.trim().isEmpty() && !alreadySaid(messages, message.trim())) {
                messages.add(message.trim());
            }
            int code = replyCode(t);
            permanent |= code >= 500 && code < 600 || t instanceof AddressException;
        }
        String reason = messages.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", messages);
        return new DeliveryFailure(reason, permanent);
    }

    public String getReason() {
        return reason;
    }

    public boolean isPermanent() {
        return permanent;
    }

    /**
     * JavaMail chains the server's reply as the "next exception"; Spring keeps a refused message's exception among
     * its failed messages (one message per send here), a connection failure as the cause.
     */
    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException && ((MessagingException) t).getNextException() != null) {
            return ((MessagingException) t).getNextException();
        }
        if (t instanceof MailSendException && t.getCause() == null
                && ((MailSendException) t).getMessageExceptions().length > 0) {
            return ((MailSendException) t).getMessageExceptions()[0];
        }
        return t.getCause();
    }

    /** JavaMail appends its next exception to its own message; that one is read on its own in the chain. */
    private static String ownMessage(Throwable t) {
        String message = t.getMessage();
        if (message != null && t instanceof MessagingException) {
            int nested = message.indexOf(";\n  nested exception is:");
            return nested < 0 ? message : message.substring(0, nested);
        }
        return message;
    }

    private static int replyCode(Throwable t) {
        if (t instanceof SMTPAddressFailedException) {
            return ((SMTPAddressFailedException) t).getReturnCode();
        }
        if (t instanceof SMTPSenderFailedException) {
            return ((SMTPSenderFailedException) t).getReturnCode();
        }
        if (t instanceof SMTPSendFailedException) {
            return ((SMTPSendFailedException) t).getReturnCode();
        }
        return 0;
    }

    /** Spring and JavaMail repeat the nested message in the outer one; say each thing once. */
    private static boolean alreadySaid(Set<String> messages, String message) {
        for (String said : messages) {
            if (said.contains(message)) {
                return true;
            }
        }
        return false;
    }

    private static String truncated(String reason) {
        String text = reason == null ? "" : reason.replaceAll("\\s+", " ").trim();
        return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }
}
