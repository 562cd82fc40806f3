package io.concierge.core.kernel.mail;

import io.concierge.core.kernel.Language;
import io.concierge.core.testing.BroadleafContextExtension;
import io.concierge.core.testing.RefusingSmtpProxy;
import io.concierge.core.testing.SmtpTestServer;
import io.concierge.core.testing.StoreNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two store nodes (JVMs of their own, {@link StoreNode}) send 10 000 mails of one PostgreSQL outbox to GreenMail
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
        StoreNode.assumeSharedPostgreSql("MailOutboxTwoNodesIT");
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.execute(status -> em.createQuery("delete from OutboxMailImpl").executeUpdate());
        Set<String> expected = new HashSet<String>();
        SmtpTestServer smtp = new SmtpTestServer();
        smtp.start();
        List<StoreNode> nodes = new ArrayList<StoreNode>();
        try (RefusingSmtpProxy proxy = RefusingSmtpProxy.refusingHalfAtFirst(smtp.port(), REFUSING_MILLIS)) {
            for (int node = 1; node <= 2; node++) {
                nodes.add(startNode(node, proxy.port()));
            }
            for (StoreNode node : nodes) {
                node.awaitRunning();
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
            for (StoreNode node : nodes) {
                node.close();
            }
            smtp.stop();
        }
    }

    /** @return the mails sent when node 1 was killed, or -1 while fewer than a quarter are sent */
    private long killFirstNodeOnceAQuarterIsSent(StoreNode first) throws InterruptedException {
        long sent = sent();
        if (sent < MAILS / 4) {
            return -1;
        }
        first.kill();
        return sent;
    }

    private long sent() {
        return new TransactionTemplate(transactionManager).execute(status -> em.createQuery(
                "select count(m) from OutboxMailImpl m where m.status = :sent", Long.class)
                .setParameter("sent", OutboxStatus.SENT.name()).getSingleResult());
    }

    /** A node on this JVM's database, sending every second. */
    private StoreNode startNode(int node, int smtpPort) throws IOException {
        return StoreNode.start("node" + node, work, StoreNode.sendingEverySecond(smtpPort, BATCH, CONNECTIONS));
    }
}
