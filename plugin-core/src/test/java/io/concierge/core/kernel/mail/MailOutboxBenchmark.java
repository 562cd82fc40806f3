package io.concierge.core.kernel.mail;

import com.icegreen.greenmail.store.FolderListener;
import io.concierge.core.testing.BroadleafContextExtension;
import io.concierge.core.testing.SmtpTestServer;
import org.broadleafcommerce.common.money.Money;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.mail.Flags;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;

/**
 * Mail outbox throughput (not run by {@code mvn verify}): the test context (in-memory HSQLDB, or the database of the
 * {@code concierge.test.db.*} properties) and GreenMail on 127.0.0.1. One thread renders mails from the test templates
 * ({@code order/shipped}, three languages) and enqueues them, {@code perTransaction} to a transaction, at
 * {@code rate} mails/s (0: as fast as it can); {@code nodes} senders ({@link OutboxSender}, {@code batchSize} mails a
 * claim, up to {@code connections} SMTP connections each) send them meanwhile, each claiming again at once while
 * mails are due (10 ms pauses when none is). A mail's latency runs from its transaction's commit to its arrival in
 * GreenMail's mailbox. A negative {@code rate} measures the senders alone: every mail is rendered and enqueued before
 * they start (a backlog, as after an SMTP outage), and the time, the CPU and the rate count from their start.
 * <p>
 * {@code mvn -B -q -pl plugin-core test-compile exec:exec@mail-outbox-benchmark -Dbench.args="mails batchSize nodes
 * perTransaction rate connections"}
 */
public final class MailOutboxBenchmark {

    private static final String RECIPIENT = "customer@example.com";
    private static final Locale[] LOCALES = {Locale.US, new Locale("pt", "BR"), new Locale("es", "MX")};

    private final ConfigurableApplicationContext context;
    private final PlatformTransactionManager transactions;
    private final MailOutbox outbox;
    private final FreeMarkerMailTemplates templates;
    private final SmtpTestServer smtp;

    private MailOutboxBenchmark(ConfigurableApplicationContext context, SmtpTestServer smtp) throws Exception {
        this.context = context;
        this.smtp = smtp;
        transactions = context.getBean("blTransactionManager", PlatformTransactionManager.class);
        outbox = context.getBean("cncMailOutbox", MailOutbox.class);
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames("classpath:/mail-fixtures/messages/TestMailMessages",
                "classpath:/messages/ConciergeMailMessages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        templates = new FreeMarkerMailTemplates();
        templates.templateLoaderPaths = Arrays.asList("classpath:/mail-fixtures/", "classpath:/concierge/mail/");
        templates.messages = messages;
        templates.timeZone = "UTC";
        templates.configure();
    }

    public static void main(String[] args) throws Exception {
        int mails = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int nodes = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int perTransaction = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        int rate = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        int connections = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        SmtpTestServer smtp = new SmtpTestServer();
        smtp.start();
        ConfigurableApplicationContext context = BroadleafContextExtension.context();
        try {
            MailOutboxBenchmark benchmark = new MailOutboxBenchmark(context, smtp);
            System.out.println("Database: " + System.getProperty("concierge.test.db.url") + "; " + mails
                    + " mails, batches of " + batchSize + ", " + nodes + " sender node(s) of " + connections
                    + " SMTP connection(s), " + perTransaction
                    + " mails per enqueue transaction, rate "
                    + (rate < 0 ? "backlog, all enqueued before the senders start"
                    : rate == 0 ? "unlimited" : rate + " mails/s"));
            benchmark.run("warm-up", Math.min(mails, 5000), batchSize, nodes, connections, perTransaction, rate);
            benchmark.run("measured", mails, batchSize, nodes, connections, perTransaction, rate);
        } finally {
            context.close();
            smtp.stop();
        }
    }

    private void run(String name, int mails, int batchSize, int nodes, int connections, int perTransaction, int rate)
            throws Exception {
        emptyOutboxAndServer();
        Map<String, Long> committedAt = new ConcurrentHashMap<String, Long>();
        List<OutboxSender> senders = new ArrayList<OutboxSender>();
        for (int i = 0; i < nodes; i++) {
            senders.add(TestSenders.toLocalSmtp(context, smtp.port(), batchSize, connections));
        }
        ExecutorService threads = Executors.newFixedThreadPool(nodes + 1);
        long backlogNanos = 0;
        if (rate < 0) {
            backlogNanos = enqueue(name, mails, perTransaction, 0, committedAt, System.nanoTime());
        }
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        long enqueueStart = start;
        Future<Long> enqueued = rate < 0 ? CompletableFuture.completedFuture(backlogNanos)
                : threads.submit(() -> enqueue(name, mails, perTransaction, rate, committedAt, enqueueStart));
        List<Future<?>> sending = new ArrayList<Future<?>>();
        for (OutboxSender sender : senders) {
            sending.add(threads.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    if (sender.sendDueMails() == 0) {
                        Thread.sleep(10);
                    }
                }
                return null;
            }));
        }
        List<Long> arrivals = new ArrayList<Long>(mails);
        smtp.inbox(RECIPIENT).addListener(new Arrivals(arrivals));
        long deadline = start + TimeUnit.MINUTES.toNanos(10);
        while (size(arrivals) < mails && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        long cpu = processCpuNanos() - cpuBefore;
        long enqueueNanos = enqueued.get();
        threads.shutdownNow();
        threads.awaitTermination(30, TimeUnit.SECONDS);
        for (OutboxSender sender : senders) {
            sender.stop();
        }
        MimeMessage[] received = smtp.received();
        if (received.length < mails) {
            throw new IllegalStateException(name + ": only " + received.length + " of " + mails + " mails arrived");
        }
        long elapsed = arrivals.get(mails - 1) - start;
        long[] latencies = new long[mails];
        for (int i = 0; i < mails; i++) {
            latencies[i] = arrivals.get(i) - committedAt.get(received[i].getMessageID());
        }
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%s: %d mails delivered in %.2f s: %.0f mails/s (enqueued in %.2f s: %.0f"
                        + " mails/s); enqueue->received p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " %.2f ms CPU per mail; load average %.2f%n",
                name, mails, elapsed / 1e9, mails / (elapsed / 1e9), enqueueNanos / 1e9,
                mails / (enqueueNanos / 1e9), millis(latencies, 0.50), millis(latencies, 0.90),
                millis(latencies, 0.99), latencies[mails - 1] / 1e6, cpu / 1e6 / mails,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Returns how long enqueueing took. */
    private long enqueue(String run, int mails, int perTransaction, int rate, Map<String, Long> committedAt,
                         long start) throws InterruptedException {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int first = 0; first < mails; first += perTransaction) {
            if (rate > 0) {
                long due = start + (long) (first * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            int from = first;
            List<String> ids = transaction.execute(status -> {
                List<String> messageIds = new ArrayList<String>();
                for (int i = from; i < Math.min(mails, from + perTransaction); i++) {
                    RenderedMail mail = templates.render("order/shipped", LOCALES[i % LOCALES.length], model(i));
                    messageIds.add(outbox.enqueue("bench." + run + ":order:" + i, RECIPIENT, mail).getMessageId());
                }
                return messageIds;
            });
            long committed = System.nanoTime();
            for (String id : ids) {
                committedAt.put(id, committed);
            }
        }
        return System.nanoTime() - start;
    }

    private void emptyOutboxAndServer() {
        EntityManager em = context.getBean("cncOutboxMailStore", OutboxMailStore.class).em;
        new TransactionTemplate(transactions).execute(status ->
                em.createQuery("delete from OutboxMailImpl").executeUpdate());
        smtp.stop();
        smtp.start();
    }

    private static Map<String, Object> model(int i) {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("number", "B-" + i);
        model.put("items", i % 7 + 1);
        model.put("total", new Money(new BigDecimal(i % 500 + 10).add(new BigDecimal("0.90")), "USD"));
        model.put("shippedAt", new Date());
        model.put("note", "Leave <b>at the door</b> & ring");
        return model;
    }

    private static int size(List<Long> arrivals) {
        synchronized (arrivals) {
            return arrivals.size();
        }
    }

    /** Notes when each mail arrives in the recipient's mailbox, in the mailbox's order. */
    private static final class Arrivals implements FolderListener {

        private final List<Long> times;

        Arrivals(List<Long> times) {
            this.times = times;
        }

        @Override
        public void added(int messageNumber) {
            long now = System.nanoTime();
            synchronized (times) {
                times.add(now);
            }
        }

        @Override
        public void expunged(int messageNumber) {
        }

        @Override
        public void flagsUpdated(int messageNumber, Flags flags, Long uid) {
        }

        @Override
        public void mailboxDeleted() {
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
