package io.concierge.core.testing;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

/** GreenMail's SMTP server on 127.0.0.1 at a free port, which it keeps across a stop and a start. */
public final class SmtpTestServer {

    private final int port;
    private GreenMail greenMail;

    public SmtpTestServer() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = probe.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public void start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** The mailbox of one recipient, made now (e.g. to listen for its arrivals). */
    public MailFolder inbox(String address) throws FolderException {
        GreenMailUser user = greenMail.setUser(address, address, "secret");
        return greenMail.getManagers().getImapHostManager().getInbox(user);
    }

    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    public List<String> receivedMessageIds() throws MessagingException {
        List<String> ids = new ArrayList<String>();
        for (MimeMessage message : received()) {
            ids.add(message.getMessageID());
        }
        return ids;
    }
}
