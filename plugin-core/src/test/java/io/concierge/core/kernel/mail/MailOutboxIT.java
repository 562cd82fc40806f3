package io.concierge.core.kernel.mail;

import io.concierge.core.kernel.Language;
import io.concierge.core.testing.BroadleafContextExtension;
import io.concierge.core.testing.RefusingSmtpProxy;
import io.concierge.core.testing.SmtpTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.annotation.Resource;
import javax.mail.Address;
import javax.mail.Message;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The outbox on the test database with a real SMTP server (GreenMail on 127.0.0.1): sender nodes are instances of
 * {@link OutboxSender} made here, each with its own clock, as several store nodes would be.
 */
@ExtendWith(BroadleafContextExtension.class)
class MailOutboxIT {

    private static final String DOMAIN = "shop.example.com";

    @Resource(name = "cncMailOutbox")
    MailOutbox outbox;

    @Resource(name = "cncOutboxMailStore")
    OutboxMailStore store;

    @Resource(name = "cncTaskScheduler")
    TaskScheduler scheduler;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    SmtpTestServer smtp;
    final List<OutboxSender> nodes = new ArrayList<OutboxSender>();
    final ExecutorService threads = Executors.newFixedThreadPool(4);

    @BeforeEach
    void emptyOutboxAndServer() throws Exception {
        inTransaction(() -> em.createQuery("delete from OutboxMailImpl").executeUpdate());
        smtp = new SmtpTestServer();
        smtp.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (OutboxSender node : nodes) {
            node.stop();
        }
        smtp.stop();
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void aMailEnqueuedInACommittedTransactionIsDeliveredWithItsMessageId() throws Exception {
        String key = unique("order.shipped");
        OutboxMail stored = inTransaction(() -> outbox.enqueue(key, "\"Ana Souza\" <ana@example.com>",
                new RenderedMail("Pedido enviado", "<p>Pedido <b>enviado</b></p>", "Pedido enviado",
                        Language.PORTUGUESE)));

        assertThat(stored.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(stored.getMessageId()).isEqualTo(MessageIds.forKey(key, DOMAIN));
        assertThat(node(new TestClock()).sendDueMails()).isEqualTo(1);

        MimeMessage[] received = smtp.received();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getMessageID()).isEqualTo(MessageIds.forKey(key, DOMAIN));
        assertThat(mail.getSubject()).isEqualTo("Pedido enviado");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("store@shop.example.com");
        Address[] to = mail.getRecipients(Message.RecipientType.TO);
        assertThat(((InternetAddress) to[0]).getPersonal()).isEqualTo("Ana Souza");
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("pt-BR");
        assertThat(mail.getContent()).isInstanceOf(MimeMultipart.class);
        OutboxMail sent = read(stored.getId());
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(sent.getClaimOwner()).isNull();
    }

    @Test
    void aMailEnqueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        String key = unique("rolled.back");
        inTransaction(status -> {
            outbox.enqueue(key, "ana@example.com", mail("Never"));
            status.setRollbackOnly();
            return null;
        });

        assertThat(node(new TestClock()).sendDueMails()).isZero();
        assertThat(smtp.received()).isEmpty();
        assertThat(rows()).isZero();
    }

    @Test
    void enqueueNeedsTheCallersTransaction() {
        assertThatThrownBy(() -> outbox.enqueue(unique("no.tx"), "ana@example.com", mail("Hello")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theSameKeyTwiceIsOneMailAndTheSecondCallerGetsTheFirst() throws Exception {
        String key = unique("twice");
        OutboxMail first = inTransaction(() -> outbox.enqueue(key, "ana@example.com", mail("First")));
        OutboxMail again = inTransaction(() -> outbox.enqueue(key, "bob@example.com", mail("Second")));
        OutboxMail inOneTransaction = inTransaction(() -> {
            outbox.enqueue(key, "bob@example.com", mail("Third"));
            return outbox.enqueue(key, "bob@example.com", mail("Fourth"));
        });

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getSubject()).isEqualTo("First");
        assertThat(inOneTransaction.getId()).isEqualTo(first.getId());
        assertThat(node(new TestClock()).sendDueMails()).isEqualTo(1);
        assertThat(smtp.received()).hasSize(1);
        assertThat(smtp.received()[0].getSubject()).isEqualTo("First");
    }

    @Test
    void manyMailsEnqueuedAtOnceAreEachOneMailAndAKeyAlreadyThereMakesNoSecond() throws Exception {
        String taken = unique("batch.taken");
        inTransaction(() -> outbox.enqueue(taken, "ana@example.com", mail("First")));
        List<KeyedMail> batch = new ArrayList<KeyedMail>();
        batch.add(new KeyedMail(taken, "bob@example.com", mail("Second")));
        for (int i = 0; i < 4; i++) {
            batch.add(new KeyedMail(unique("batch"), "customer" + i + "@example.com", mail("Batch " + i)));
        }
        inTransaction(() -> {
            outbox.enqueueAll(batch);
            outbox.enqueueAll(batch.subList(3, 5));
            return null;
        });
        List<KeyedMail> oneWrong = Arrays.asList(new KeyedMail(unique("batch.fine"), "ana@example.com", mail("Fine")),
                new KeyedMail(unique("batch.wrong"), "not an address", mail("Wrong")));
        assertThatThrownBy(() -> inTransaction(() -> {
            outbox.enqueueAll(oneWrong);
            return null;
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(rows()).isEqualTo(5);
        assertThat(node(new TestClock()).sendDueMails()).isEqualTo(5);
        List<String> subjects = new ArrayList<String>();
        for (MimeMessage received : smtp.received()) {
            subjects.add(received.getSubject());
        }
        assertThat(subjects).containsExactlyInAnyOrder("First", "Batch 0", "Batch 1", "Batch 2", "Batch 3");
        assertThat(smtp.receivedMessageIds()).contains(MessageIds.forKey(batch.get(1).getIdempotencyKey(), DOMAIN));
    }

    @ParameterizedTest(name = "first transaction commits: {0}")
    @ValueSource(booleans = {true, false})
    void twoNodesEnqueueingTheSameKeyAtOnceMakeOneMailWithoutAnError(boolean firstCommits) throws Exception {
        String key = unique("concurrent.key");
        CountDownLatch firstWrote = new CountDownLatch(1);
        Future<OutboxMail> first = threads.submit(() -> inTransaction(status -> {
            OutboxMail mail = outbox.enqueue(key, "ana@example.com", mail("First"));
            firstWrote.countDown();
            sleep(700);
            if (!firstCommits) {
                status.setRollbackOnly();
            }
            return mail;
        }));
        assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
        Future<OutboxMail> second = threads.submit(() -> inTransaction(
                () -> outbox.enqueue(key, "bob@example.com", mail("Second"))));

        OutboxMail secondGot = second.get(30, TimeUnit.SECONDS);
        OutboxMail firstGot = first.get(30, TimeUnit.SECONDS);

        if (firstCommits) {
            assertThat(secondGot.getId()).isEqualTo(firstGot.getId());
            assertThat(secondGot.getSubject()).isEqualTo("First");
        } else {
            assertThat(secondGot.getSubject()).isEqualTo("Second");
        }
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void whileTheServerIsDownMailsWaitWithTheReasonAndGoOutWhenItIsBack() throws Exception {
        smtp.stop();
        List<Long> ids = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            ids.add(inTransaction(() -> outbox.enqueue(unique("down"), "ana@example.com", mail("Later"))).getId());
        }
        TestClock clock = new TestClock();
        OutboxSender node = node(clock);

        assertThat(node.sendDueMails()).isEqualTo(3);
        for (Long id : ids) {
            OutboxMail waiting = read(id);
            assertThat(waiting.getStatus()).isEqualTo(OutboxStatus.PENDING);
            assertThat(waiting.getAttempts()).isEqualTo(1);
            assertThat(waiting.getLastError()).contains("Couldn't connect to host").contains("Connection refused");
            assertThat(waiting.getNextAttemptAt().toInstant())
                    .isBetween(clock.instant().plusSeconds(29), clock.instant().plusSeconds(30));
        }

        smtp.start();
        assertThat(node.sendDueMails()).as("not due yet").isZero();
        assertThat(smtp.received()).isEmpty();
        clock.advance(Duration.ofSeconds(31));
        assertThat(node.sendDueMails()).isEqualTo(3);

        assertThat(smtp.received()).hasSize(3);
        for (Long id : ids) {
            OutboxMail sent = read(id);
            assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
            assertThat(sent.getAttempts()).isEqualTo(2);
            assertThat(sent.getLastError()).isNull();
        }
    }

    @Test
    void aMailOutOfAttemptsFailsWithTheReasonAndARetryDeliversIt() throws Exception {
        smtp.stop();
        long id = inTransaction(() -> outbox.enqueue(unique("out.of.attempts"), "ana@example.com",
                mail("Hello"))).getId();
        TestClock clock = new TestClock();
        OutboxSender node = node(clock);
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(node.sendDueMails()).as("attempt " + attempt).isEqualTo(1);
            clock.advance(Duration.ofSeconds(121));
        }

        OutboxMail failed = read(id);
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(3);
        assertThat(failed.getLastError()).contains("Connection refused");
        assertThat(node.sendDueMails()).isZero();

        smtp.start();
        assertThat(inTransaction(() -> outbox.retry(id))).isTrue();
        assertThat(inTransaction(() -> outbox.retry(id))).as("pending, not failed").isFalse();
        assertThat(node.sendDueMails()).isEqualTo(1);
        assertThat(read(id).getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void theMailsOfANodeThatStoppedAreTakenOverWhenItsLeaseExpires() throws Exception {
        long id = inTransaction(() -> outbox.enqueue(unique("lease"), "ana@example.com", mail("Hello"))).getId();
        Instant now = Instant.now();
        assertThat(store.claim("stopped-node", 10, now, now.plusSeconds(60))).hasSize(1);
        TestClock clock = new TestClock();
        OutboxSender node = node(clock);

        assertThat(node.sendDueMails()).as("the lease still holds").isZero();
        clock.advance(Duration.ofSeconds(62));
        assertThat(node.sendDueMails()).isEqualTo(1);

        assertThat(smtp.received()).hasSize(1);
        OutboxMail sent = read(id);
        assertThat(sent.getStatus()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(store.markSent(Collections.singletonList(id), "stopped-node", now))
                .as("the stopped node lost its claim").isZero();
    }

    @Test
    void aMailWhoseEveryAttemptDiedWithItsNodeFailsInsteadOfBeingTakenForever() throws Exception {
        long id = inTransaction(() -> outbox.enqueue(unique("spent"), "ana@example.com", mail("Hello"))).getId();
        Instant time = Instant.now();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(store.claim("node-" + attempt, 10, time, time.plusSeconds(60))).hasSize(1);
            time = time.plusSeconds(61);
        }
        TestClock clock = new TestClock();
        clock.advance(Duration.ofSeconds(4 * 61));

        assertThat(node(clock).sendDueMails()).isEqualTo(1);

        OutboxMail failed = read(id);
        assertThat(failed.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.getLastError()).startsWith("Given up after 3 attempts");
        assertThat(smtp.received()).isEmpty();
    }

    /** Each node claims the way this database does, or by conditional updates as on HSQLDB and unknown ones. */
    @ParameterizedTest(name = "conditional claims: {0}")
    @ValueSource(booleans = {false, true})
    void twoNodesSendingAtOnceDeliverEachOfFiveHundredMailsExactlyOnce(boolean conditionalClaims) throws Exception {
        Set<String> expectedIds = new HashSet<String>();
        for (int batch = 0; batch < 5; batch++) {
            inTransaction(() -> {
                for (int i = 0; i < 100; i++) {
                    String key = unique("bulk");
                    outbox.enqueue(key, "customer" + i + "@example.com", mail("Bulk"));
                    expectedIds.add(MessageIds.forKey(key, DOMAIN));
                }
                return null;
            });
        }
        String database = System.getProperty("concierge.test.db.url", "");
        assertThat(store.database.skipsLocked()).as("SKIP LOCKED claims on " + database)
                .isEqualTo(database.contains("postgresql") || database.contains("mariadb"));
        OutboxMailStore claims = conditionalClaims ? conditionalStore() : store;
        List<OutboxSender> twoNodes = new ArrayList<OutboxSender>();
        for (int i = 0; i < 2; i++) {
            OutboxSender node = node(new TestClock());
            node.store = claims;
            twoNodes.add(node);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        List<Callable<Integer>> runs = new ArrayList<Callable<Integer>>();
        for (OutboxSender node : twoNodes) {
            runs.add(() -> {
                start.await(30, TimeUnit.SECONDS);
                int claimed = 0;
                while (System.nanoTime() < deadline) {
                    int batch = node.sendDueMails();
                    claimed += batch;
                    if (batch == 0 && rows(OutboxStatus.SENT) == 500) {
                        break;
                    }
                }
                return claimed;
            });
        }
        int claimed = 0;
        for (Future<Integer> run : threads.invokeAll(runs)) {
            claimed += run.get();
        }

        List<String> received = smtp.receivedMessageIds();
        assertThat(received).hasSize(500);
        assertThat(new HashSet<String>(received)).isEqualTo(expectedIds);
        assertThat(claimed).as("claims").isEqualTo(500);
        assertThat(rows(OutboxStatus.SENT)).isEqualTo(500);
    }

    @Test
    void aBatchGoesOverOneConnectionAndARefusedRecipientFailsOnlyItsOwnMail() throws Exception {
        String[] recipients = {"ana@example.com", "nobody@example.com", "bob@example.com", "busy@example.com",
                "carla@example.com"};
        List<Long> ids = new ArrayList<Long>();
        for (String recipient : recipients) {
            ids.add(inTransaction(() -> outbox.enqueue(unique("batch"), recipient, mail("Batch"))).getId());
        }
        try (RefusingSmtpProxy proxy = new RefusingSmtpProxy(smtp.port(), address -> address.startsWith("nobody@")
                ? "550 5.1.1 <" + address + ">: no such user" : address.startsWith("busy@")
                ? "452 4.2.2 <" + address + ">: mailbox full, try later" : null)) {
            TestClock clock = new TestClock();
            OutboxSender node = newNode(clock, proxy.port());
            node.start();
            nodes.add(node);

            assertThat(node.sendDueMails()).isEqualTo(5);

            assertThat(proxy.connections()).as("SMTP connections").isEqualTo(1);
            assertThat(proxy.refused()).isEqualTo(2);
        }
        assertThat(smtp.received()).hasSize(3);
        for (int i : new int[]{0, 2, 4}) {
            assertThat(read(ids.get(i)).getStatus()).as(recipients[i]).isEqualTo(OutboxStatus.SENT);
        }
        OutboxMail unknown = read(ids.get(1));
        assertThat(unknown.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(unknown.getLastError()).contains("550 5.1.1 <nobody@example.com>: no such user");
        OutboxMail full = read(ids.get(3));
        assertThat(full.getStatus()).isEqualTo(OutboxStatus.PENDING);
        assertThat(full.getAttempts()).isEqualTo(1);
        assertThat(full.getLastError()).contains("452 4.2.2 <busy@example.com>: mailbox full, try later");
    }

    @Test
    void aBacklogGoesOutOverSeveralConnectionsAtOnceEachMailOnce() throws Exception {
        Set<String> expectedIds = new HashSet<String>();
        inTransaction(() -> {
            for (int i = 0; i < 95; i++) {
                String key = unique("backlog");
                outbox.enqueue(key, "customer" + i + "@example.com", mail("Backlog"));
                expectedIds.add(MessageIds.forKey(key, DOMAIN));
            }
            return null;
        });
        // 20 ms a mail: a lane sends a batch in 200 ms, so the lanes overlap even on a busy machine (on a fast proxy
        // the job's own lane could send the whole backlog before another lane's thread had started).
        try (RefusingSmtpProxy proxy = new RefusingSmtpProxy(smtp.port(), address -> null).slowedDownTo(20)) {
            OutboxSender node = newNode(new TestClock(), proxy.port());
            node.batchSize = 10;
            node.connections = 3;
            node.start();
            nodes.add(node);

            assertThat(node.sendDueMails()).as("claims").isEqualTo(95);

            assertThat(proxy.mostOpenAtOnce()).as("SMTP connections open at once").isBetween(2, 3);
        }
        List<String> received = smtp.receivedMessageIds();
        assertThat(received).hasSize(95);
        assertThat(new HashSet<String>(received)).isEqualTo(expectedIds);
        assertThat(rows(OutboxStatus.SENT)).isEqualTo(95);
    }

    @Test
    void anEnabledNodeSendsOnTheSchedulerByItself() throws Exception {
        OutboxSender node = newNode(new TestClock());
        node.enabled = true;
        node.intervalSeconds = 1;
        node.start();
        nodes.add(node);

        inTransaction(() -> outbox.enqueue(unique("scheduled"), "ana@example.com", mail("On time")));

        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.received().length == 1);
    }

    private OutboxSender node(TestClock clock) {
        OutboxSender node = newNode(clock);
        node.start();
        nodes.add(node);
        return node;
    }

    private OutboxSender newNode(TestClock clock) {
        return newNode(clock, smtp.port());
    }

    private OutboxSender newNode(TestClock clock, int smtpPort) {
        JavaMailSenderImpl mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtpPort);
        Properties timeouts = new Properties();
        timeouts.setProperty("mail.smtp.connectiontimeout", "5000");
        timeouts.setProperty("mail.smtp.timeout", "5000");
        timeouts.setProperty("mail.smtp.writetimeout", "5000");
        mailSender.setJavaMailProperties(timeouts);
        OutboxSender node = new OutboxSender();
        node.store = store;
        node.scheduler = scheduler;
        node.mailSender = mailSender;
        node.enabled = false;
        node.from = "Concierge Test <store@shop.example.com>";
        node.leaseSeconds = 60;
        node.maxAttempts = 3;
        node.firstRetrySeconds = 30;
        node.maxRetrySeconds = 120;
        node.clock = clock;
        return node;
    }

    /** A store that claims by conditional updates whatever the database, as on HSQLDB or an unknown one. */
    private OutboxMailStore conditionalStore() {
        OutboxMailStore conditional = new OutboxMailStore();
        conditional.em = em;
        conditional.transactionManager = transactionManager;
        conditional.init();
        conditional.database = OutboxDatabase.OTHER;
        return conditional;
    }

    private OutboxMail read(long id) {
        return inTransaction(() -> em.find(OutboxMailImpl.class, id));
    }

    private long rows() {
        return inTransaction(() -> em.createQuery("select count(m) from OutboxMailImpl m", Long.class)
                .getSingleResult());
    }

    private long rows(OutboxStatus status) {
        return inTransaction(() -> em.createQuery("select count(m) from OutboxMailImpl m where m.status = :status",
                Long.class).setParameter("status", status.name()).getSingleResult());
    }

    private <T> T inTransaction(Supplier<T> work) {
        return inTransaction(status -> work.get());
    }

    private <T> T inTransaction(Function<TransactionStatus, T> work) {
        return new TransactionTemplate(transactionManager).execute(work::apply);
    }

    private static RenderedMail mail(String subject) {
        return new RenderedMail(subject, "<p>" + subject + "</p>", subject, Language.ENGLISH);
    }

    private static String unique(String cause) {
        return cause + ":" + UUID.randomUUID();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
