package io.concierge.core.kernel.mail;

import io.concierge.core.kernel.Language;
import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two store nodes (JVMs of their own, {@link OutboxNode}) send 10 000 mails of one PostgreSQL outbox to GreenMail
 * through a proxy that refuses every other recipient (451) for its first seconds; one node is killed (kill -9) in the
 * middle of a batch. Every mail must arrive, and only mails the killed node had in flight may arrive twice, with the
 * same Message-ID. PostgreSQL only (the db-postgresql profile): the nodes share the database this JVM made.
 */
@ExtendWith(BroadleafContextExtension.class)
class MailOutboxTwoNodesIT {

    private static final int MAILS = Integer.getInteger("concierge.test.twoNodes.mails", 10000);
    private static final int BATCH = 50;
    private static final int CONNECTIONS = 3;
    private static final long REFUSING_MILLIS = 8000;
    private static final long DEADLINE_MINUTES = 4;

    @Resource(name = "cncMailOutbox")
    MailOutbox outbox;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @TempDir
    Path work;

    @Test
    void twoNodesOneKilledDeliverEveryMailAndRepeatOnlyWhatTheKilledOneHadInFlight() throws Exception {
        String database = System.getProperty("concierge.test.db.url", "");
        if (!database.startsWith("jdbc:postgresql:")) {
            System.out.println("MailOutboxTwoNodesIT SKIPPED: it runs with -Pdb-postgresql (CI's PostgreSQL run); the"
                    + " database is " + database);
        }
        assumeTrue(database.startsWith("jdbc:postgresql:"), "needs PostgreSQL (-Pdb-postgresql), not " + database);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.execute(status -> em.createQuery("delete from OutboxMailImpl").executeUpdate());
        Set<String> expected = new HashSet<String>();
        SmtpTestServer smtp = new SmtpTestServer();
        smtp.start();
        AtomicLong refuseUntil = new AtomicLong();
        AtomicInteger recipients = new AtomicInteger();
        List<Process> nodes = new ArrayList<Process>();
        // The refusals start with the first recipient (the nodes take a while to boot).
        try (RefusingSmtpProxy proxy = new RefusingSmtpProxy(smtp.port(), address -> {
            refuseUntil.compareAndSet(0, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REFUSING_MILLIS));
            return System.nanoTime() < refuseUntil.get() && recipients.incrementAndGet() % 2 == 0
                    ? "451 4.3.0 <" + address + ">: busy, try again later" : null;
        })) {
            for (int node = 1; node <= 2; node++) {
                nodes.add(startNode(node, proxy.port()));
            }
            // Enqueued while both nodes run, so that both send before one is killed.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(DEADLINE_MINUTES);
            long atKill = -1;
            for (int first = 0; first < MAILS; first += 500) {
                int from = first;
                transaction.execute(status -> {
                    for (int i = from; i < from + 500 && i < MAILS; i++) {
                        expected.add(outbox.enqueue("two.nodes:" + i, "customer" + i % 100 + "@example.com",
                                new RenderedMail("Mail " + i, "<p>Mail " + i + "</p>", "Mail " + i,
                                        Language.ENGLISH)).getMessageId());
                    }
                    return null;
                });
                atKill = atKill < 0 ? killFirstNodeOnceAQuarterIsSent(nodes.get(0)) : atKill;
            }
            // Counted in the database: reading GreenMail's mailboxes often would slow it down.
            while (atKill < 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
                atKill = killFirstNodeOnceAQuarterIsSent(nodes.get(0));
            }
            while (sent() < MAILS && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }

            List<String> received = smtp.receivedMessageIds();
            Map<String, Integer> copies = new HashMap<String, Integer>();
            Set<String> subjects = new HashSet<String>();
            for (MimeMessage message : smtp.received()) {
                copies.merge(message.getMessageID(), 1, Integer::sum);
                subjects.add(message.getSubject());
            }
            int duplicates = received.size() - copies.size();
            System.out.printf("MailOutboxTwoNodesIT: enqueued %d, delivered %d (%d distinct), duplicates %d,"
                            + " duplicates with the same Message-ID %d, refused attempts %d, SMTP connections %d,"
                            + " node 1 killed when %d were marked sent%n", MAILS, received.size(), copies.size(),
                    duplicates, received.size() - subjects.size() == duplicates ? duplicates : -1, proxy.refused(),
                    proxy.connections(), atKill);

            assertThat(atKill).as("mails sent when node 1 was killed").isBetween(1L, MAILS - 1L);
            assertThat(sent()).as("mails marked sent").isEqualTo(MAILS);
            assertThat(copies.keySet()).as("every mail delivered").isEqualTo(expected);
            assertThat(subjects).as("a second copy is only ever one with the same Message-ID").hasSize(MAILS);
            assertThat(duplicates).as("at most the killed node's batches in flight, one per connection")
                    .isLessThanOrEqualTo(BATCH * CONNECTIONS);
            assertThat(proxy.refused()).as("refused attempts").isPositive();
        } finally {
            for (Process node : nodes) {
                node.destroyForcibly();
            }
            smtp.stop();
        }
    }

    /** @return the mails sent when node 1 was killed, or -1 while fewer than a quarter are sent */
    private long killFirstNodeOnceAQuarterIsSent(Process first) throws InterruptedException {
        long sent = sent();
        if (sent < MAILS / 4) {
            return -1;
        }
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        return sent;
    }

    private long sent() {
        return new TransactionTemplate(transactionManager).execute(status -> em.createQuery(
                "select count(m) from OutboxMailImpl m where m.status = :sent", Long.class)
                .setParameter("sent", OutboxStatus.SENT.name()).getSingleResult());
    }

    /** A node on this JVM's database and classpath, keeping the schema this JVM made, sending every second. */
    private Process startNode(int node, int smtpPort) throws IOException, InterruptedException {
        Path settings = work.resolve("node" + node + ".properties");
        List<String> lines = new ArrayList<String>();
        for (String unit : new String[]{"blPU", "blCMSStorage", "blSecurePU"}) {
            lines.add(unit + ".hibernate.hbm2ddl.auto=none");
        }
        lines.addAll(Arrays.asList("concierge.search.solr.home=" + work.resolve("solr" + node),
                "concierge.mail.enabled=true", "concierge.mail.host=127.0.0.1", "concierge.mail.port=" + smtpPort,
                "concierge.mail.batchSize=" + BATCH,
                "concierge.mail.connections=" + CONNECTIONS, "concierge.mail.timeoutMillis=1000",
                "concierge.mail.leaseSeconds=6", "concierge.mail.intervalSeconds=1", "concierge.mail.maxAttempts=100",
                "concierge.mail.retry.firstDelaySeconds=1", "concierge.mail.retry.maxDelaySeconds=2"));
        Files.write(settings, lines, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<String>();
        command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-opens")) {
                command.add(argument);
            }
        }
        command.add("-Xmx512m");
        for (String property : new String[]{"driver", "url", "user", "password", "dialect"}) {
            String name = "concierge.test.db." + property;
            command.add("-D" + name + "=" + System.getProperty(name, ""));
        }
        command.addAll(Arrays.asList("-Dproperty-override=" + settings, "-cp", System.getProperty("java.class.path"),
                OutboxNode.class.getName()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch running = new CountDownLatch(1);
        Thread output = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith(OutboxNode.RUNNING)) {
                        running.countDown();
                    }
                    if (line.contains("WARN") || line.contains("ERROR") || line.startsWith(OutboxNode.RUNNING)) {
                        System.out.println("[node " + node + "] " + line);
                    }
                }
            } catch (IOException ended) {
                // the node was ended
            }
        }, "outbox-node-" + node);
        output.setDaemon(true);
        output.start();
        if (!running.await(180, TimeUnit.SECONDS) || !process.isAlive()) {
            process.destroyForcibly();
            throw new IllegalStateException("outbox node " + node + " did not start; see its output above");
        }
        return process;
    }
}
