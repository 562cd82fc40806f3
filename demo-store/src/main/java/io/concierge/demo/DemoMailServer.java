package io.concierge.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import javax.mail.internet.MimeMessage;

/**
 * Demo only: an SMTP server (GreenMail) on the demo's address that keeps every mail the store sends in memory, so
 * that the demo mailbox page ({@code /demo/mailbox}) can show them. A real store sends through its own mail server.
 */
public final class DemoMailServer {

    private static volatile DemoMailServer running;

    private final GreenMail greenMail;
    private final int port;

    private DemoMailServer(String host, int port) {
        this.port = port;
        greenMail = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    /** Starts the server on {@code port} (0: a free one) and points the outbox at it, unless a mail host is set. */
    static DemoMailServer start(String host, int port) throws IOException {
        int chosen = port;
        if (chosen == 0) {
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(host))) {
                chosen = probe.getLocalPort();
            }
        }
        DemoMailServer server = new DemoMailServer(host, chosen);
        running = server;
        return server;
    }

    /** The server of this JVM's demo store, or null when none runs. */
    public static DemoMailServer running() {
        return running;
    }

    public int port() {
        return port;
    }

    /** Every mail received since the start, oldest first. */
    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    void stop() {
        greenMail.stop();
        running = null;
    }
}
