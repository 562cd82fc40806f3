package io.concierge.core.kernel.mail;

import com.sun.mail.smtp.SMTPAddressFailedException;
import com.sun.mail.util.MailConnectException;
import com.sun.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Collections;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.SendFailedException;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryFailureTest {

    @Test
    void aServerThatCannotBeReachedIsWorthAnotherAttemptWithTheReasonSaidOnce() {
        MessagingException connect = new MailConnectException(new SocketConnectException("Using socket factory",
                new ConnectException("Connection refused"), "127.0.0.1", 2525, 5000));
        MailSendException spring = new MailSendException("Mail server connection failed", connect);

        DeliveryFailure failure = DeliveryFailure.of(spring);

        assertThat(failure.isPermanent()).isFalse();
        assertThat(failure.getReason()).contains("Couldn't connect to host, port: 127.0.0.1, 2525")
                .contains("Connection refused");
        assertThat(failure.getReason().indexOf("Connection refused"))
                .isEqualTo(failure.getReason().lastIndexOf("Connection refused"));
    }

    @Test
    void whatSpringAndJavaMailSayOfAClosedPortIsReadAsTheHostThePortAndTheRefusal() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = probe.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(closedPort);
        MimeMessage message = sender.createMimeMessage();
        new MimeMessageHelper(message).setText("Hello");
        message.setRecipients(Message.RecipientType.TO, "ana@example.com");

        Exception refused = null;
        try {
            sender.send(message);
        } catch (MailException e) {
            refused = e;
        }
        DeliveryFailure failure = DeliveryFailure.of(refused);

        assertThat(failure.isPermanent()).isFalse();
        assertThat(failure.getReason()).isEqualTo("Couldn't connect to host, port: 127.0.0.1, " + closedPort
                + "; timeout -1: Connection refused");
    }

    @Test
    void aRecipientTheServerRefusesWithA5xxReplyIsPermanentInTheServersWords() throws Exception {
        SendFailedException refused = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(new InternetAddress("nobody@shop.example.com"), "RCPT TO", 550,
                        "550 5.1.1 <nobody@shop.example.com>: Recipient address rejected: User unknown"));

        DeliveryFailure failure = DeliveryFailure.of(new MailSendException(
                Collections.<Object, Exception>singletonMap("message", refused)));

        assertThat(failure.isPermanent()).isTrue();
        assertThat(failure.getReason()).contains("550 5.1.1 <nobody@shop.example.com>: Recipient address rejected");
    }

    @Test
    void aTemporaryRefusalIsTriedAgain() throws Exception {
        SendFailedException greylisted = new SendFailedException("Invalid Addresses",
                new SMTPAddressFailedException(new InternetAddress("ana@shop.example.com"), "RCPT TO", 451,
                        "451 4.7.1 Greylisted, try again later"));

        DeliveryFailure failure = DeliveryFailure.of(greylisted);

        assertThat(failure.isPermanent()).isFalse();
        assertThat(failure.getReason()).contains("451 4.7.1 Greylisted");
    }

    @Test
    void anAddressThatCannotBeParsedIsPermanent() {
        assertThat(DeliveryFailure.of(new AddressException("Missing final '@domain'", "ana")).isPermanent())
                .isTrue();
    }

    @Test
    void aLongReasonIsCutToTheColumnAndLineBreaksBecomeSpaces() {
        StringBuilder longText = new StringBuilder("421\r\n");
        for (int i = 0; i < 300; i++) {
            longText.append("word ");
        }
        DeliveryFailure failure = DeliveryFailure.of(new MessagingException(longText.toString()));

        assertThat(failure.getReason()).hasSize(DeliveryFailure.MAX_REASON_LENGTH).startsWith("421 word").endsWith("…");
    }
}
