package io.concierge.core.testing;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * An SMTP server on 127.0.0.1 that passes everything on to another one (GreenMail) except the recipients it refuses:
 * for those it answers the RCPT command itself with the reply {@code refusal} gives (null passes the recipient on).
 * Line by line, one command at a time, as JavaMail speaks SMTP without pipelining.
 */
public final class RefusingSmtpProxy implements AutoCloseable {

    private final int upstreamPort;
    private final Function<String, String> refusal;
    private final ServerSocket listener;
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<Socket>();
    private volatile long millisPerMessage;

    /** @param refusal from the RCPT command's address (as written, without the brackets) to the reply, or null */
    public RefusingSmtpProxy(int upstreamPort, Function<String, String> refusal) throws IOException {
        this.upstreamPort = upstreamPort;
        this.refusal = refusal;
        this.listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread accepting = new Thread(this::accept, "refusing-smtp-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    /**
     * A proxy that refuses every other recipient (451, try again later) for {@code millis} from the first recipient
     * it sees (the nodes of a test take a while to start), then none.
     */
    public static RefusingSmtpProxy refusingHalfAtFirst(int upstreamPort, long millis) throws IOException {
        AtomicLong refuseUntil = new AtomicLong();
        AtomicInteger recipients = new AtomicInteger();
        return new RefusingSmtpProxy(upstreamPort, address -> {
            refuseUntil.compareAndSet(0, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis));
            return System.nanoTime() < refuseUntil.get() && recipients.incrementAndGet() % 2 == 0
                    ? "451 4.3.0 <" + address + ">: busy, try again later" : null;
        });
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** RCPT commands answered with a refusal so far. */
    public int refused() {
        return refused.get();
    }

    /** SMTP connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    /** The most SMTP connections that were open at once. */
    public int mostOpenAtOnce() {
        return mostOpen.get();
    }

    /** Holds back the answer to each message this long, like a server that takes its time to accept a mail. */
    public RefusingSmtpProxy slowedDownTo(long millisPerMessage) {
        this.millisPerMessage = millisPerMessage;
        return this;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    private void accept() {
        try {
            while (!listener.isClosed()) {
                Socket client = listener.accept();
                sockets.add(client);
                connections.incrementAndGet();
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                Thread relay = new Thread(() -> relay(client), "refusing-smtp-proxy-" + client.getPort());
                relay.setDaemon(true);
                relay.start();
            }
        } catch (IOException closed) {
            // stopped
        }
    }

    private void relay(Socket client) {
        try (Socket server = new Socket(InetAddress.getByName("127.0.0.1"), upstreamPort)) {
            sockets.add(server);
            // Without these, a message relayed line by line waits for delayed ACKs (Nagle): about 40 ms a mail.
            client.setTcpNoDelay(true);
            server.setTcpNoDelay(true);
            BufferedReader fromClient = reader(client);
            OutputStream toClient = client.getOutputStream();
            BufferedReader fromServer = reader(server);
            OutputStream toServer = new BufferedOutputStream(server.getOutputStream(), 64 * 1024);
            write(toClient, reply(fromServer));
            String command;
            while ((command = fromClient.readLine()) != null) {
                String upper = command.toUpperCase(Locale.ROOT);
                String refusing = upper.startsWith("RCPT TO:") ? refusal.apply(address(command)) : null;
                if (refusing != null) {
                    refused.incrementAndGet();
                    write(toClient, refusing + "\r\n");
                    continue;
                }
                write(toServer, command + "\r\n");
                String answer = reply(fromServer);
                write(toClient, answer);
                if (upper.equals("DATA") && answer.startsWith("354") && !relayData(fromClient, toServer)) {
                    return;
                }
                if (upper.equals("DATA") && answer.startsWith("354")) {
                    String accepted = reply(fromServer);
                    pause();
                    write(toClient, accepted);
                }
            }
        } catch (IOException ended) {
            // the client or the server closed the connection
        } finally {
            open.decrementAndGet();
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(millisPerMessage);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The message up to its closing dot, sent on at once; false when the client went away before. */
    private static boolean relayData(BufferedReader fromClient, OutputStream toServer) throws IOException {
        String line;
        while ((line = fromClient.readLine()) != null) {
            toServer.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            if (line.equals(".")) {
                toServer.flush();
                return true;
            }
        }
        return false;
    }

    /** A whole reply: lines up to the one whose code is followed by a space. */
    private static String reply(BufferedReader in) throws IOException {
        StringBuilder reply = new StringBuilder();
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed");
            }
            reply.append(line).append("\r\n");
        } while (line.length() > 3 && line.charAt(3) == '-');
        return reply.toString();
    }

    private static String address(String rcpt) {
        String address = rcpt.substring("RCPT TO:".length()).trim();
        int end = address.indexOf('>');
        return address.startsWith("<") && end > 0 ? address.substring(1, end) : address;
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
