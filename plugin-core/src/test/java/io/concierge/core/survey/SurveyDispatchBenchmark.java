package io.concierge.core.survey;

import io.concierge.core.kernel.mail.OutboxSender;
import io.concierge.core.kernel.mail.TestSenders;
import io.concierge.core.testing.BroadleafContextExtension;
import io.concierge.core.testing.SmtpTestServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.lang.management.ManagementFactory;
import java.util.Date;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Survey invitation throughput (target: above 1 000 mails/s to a local SMTP server on two cores; not run by
 * {@code mvn verify}): the test context (in-memory HSQLDB, or the database of the {@code concierge.test.db.*}
 * properties: {@code -Pdb-postgresql}) and GreenMail on 127.0.0.1. Each run writes {@code orders} due orders
 * ({@link DueOrders}: delivered six days ago, in three languages, a tenth of the customers opted out, every twentieth
 * order a customer's second) and an NPS survey five days after delivery, then times
 * <ol>
 *     <li>the dispatch alone ({@link SurveyDispatch#dispatch}: the invitations' {@code INSERT … SELECT}, then batch
 *     after batch the mails rendered in the order's language and put in the outbox), and the outbox's delivery of
 *     that backlog to GreenMail;</li>
 *     <li>with as many orders again, end to end: {@code nodes} outbox senders ({@code mailBatch} mails a claim,
 *     {@code connections} SMTP connections each) already running while the dispatch runs, from the dispatch's start
 *     until the last mail is accepted by GreenMail (marked sent).</li>
 * </ol>
 * A warm-up run of a quarter of the orders comes first.
 * {@code mvn -B -q -pl plugin-core test-compile exec:exec@survey-dispatch-benchmark -Dbench.args="orders
 * dispatchBatch mailBatch connections nodes"} (default 20000 200 100 3 1).
 */
public final class SurveyDispatchBenchmark {

    private final ConfigurableApplicationContext context;
    private final SurveyDispatch dispatch;
    private final DataSource data;
    private final JdbcTemplate sql;
    private final SmtpTestServer smtp;
    private long nextFirstId = 920_000_000L;

    private SurveyDispatchBenchmark(ConfigurableApplicationContext context, SmtpTestServer smtp) {
        this.context = context;
        this.smtp = smtp;
        dispatch = context.getBean("cncSurveyDispatch", SurveyDispatch.class);
        data = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();
        sql = new JdbcTemplate(data);
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 20000;
        int dispatchBatch = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int mailBatch = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int connections = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int nodes = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        SmtpTestServer smtp = new SmtpTestServer();
        smtp.start();
        ConfigurableApplicationContext context = BroadleafContextExtension.context();
        try {
            SurveyDispatchBenchmark benchmark = new SurveyDispatchBenchmark(context, smtp);
            benchmark.dispatch.stop();
            benchmark.dispatch.batchSize = dispatchBatch;
            System.out.println("Database: " + System.getProperty("concierge.test.db.url") + "; " + orders
                    + " due orders a run, dispatch batches of " + dispatchBatch + ", " + nodes + " sender node(s) of "
                    + connections + " SMTP connection(s), " + mailBatch + " mails a claim");
            benchmark.run("warm-up", Math.max(1000, orders / 4), mailBatch, connections, nodes);
            benchmark.run("measured", orders, mailBatch, connections, nodes);
        } finally {
            context.close();
            smtp.stop();
        }
    }

    private void run(String name, int orders, int mailBatch, int connections, int nodes) throws Exception {
        // 1. The dispatch alone, then the delivery of what it put in the outbox.
        DueOrders due = newDueOrders(orders);
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        SurveyDispatch.DispatchReport report = dispatch.dispatch(new Date());
        long dispatched = System.nanoTime() - start;
        long dispatchCpu = processCpuNanos() - cpu;
        check(report, due);
        ExecutorService senders = startSenders(mailBatch, connections, nodes);
        start = System.nanoTime();
        awaitSent(report.mailed());
        long delivered = System.nanoTime() - start;
        senders.shutdownNow();
        senders.awaitTermination(30, TimeUnit.SECONDS);
        checkArrived(report.mailed());
        System.out.printf(Locale.ROOT, "%s: %d orders, %d invitations: dispatch and enqueue alone %.2f s: %.0f mails/s"
                        + " (%.2f ms CPU per mail, this JVM); then their delivery %.2f s: %.0f mails/s; load average"
                        + " %.2f%n", name, orders, report.invited(), dispatched / 1e9,
                report.mailed() / (dispatched / 1e9), dispatchCpu / 1e6 / report.mailed(), delivered / 1e9,
                report.mailed() / (delivered / 1e9), loadAverage());

        // 2. End to end: the senders run while the dispatch does.
        due = newDueOrders(orders);
        senders = startSenders(mailBatch, connections, nodes);
        cpu = processCpuNanos();
        start = System.nanoTime();
        report = dispatch.dispatch(new Date());
        dispatched = System.nanoTime() - start;
        check(report, due);
        awaitSent(report.mailed());
        long endToEnd = System.nanoTime() - start;
        long endToEndCpu = processCpuNanos() - cpu;
        senders.shutdownNow();
        senders.awaitTermination(30, TimeUnit.SECONDS);
        checkArrived(report.mailed());
        System.out.printf(Locale.ROOT, "%s: %d orders, %d invitations end to end (dispatch, enqueue, delivery to SMTP"
                        + " at once): %.2f s: %.0f mails/s (the dispatch took %.2f s of it; %.2f ms CPU per mail,"
                        + " this JVM with GreenMail); load average %.2f%n", name, orders, report.invited(),
                endToEnd / 1e9, report.mailed() / (endToEnd / 1e9), dispatched / 1e9,
                endToEndCpu / 1e6 / report.mailed(), loadAverage());
    }

    /** New due orders and their survey, an empty outbox and an empty SMTP server. */
    private DueOrders newDueOrders(int orders) throws Exception {
        DueOrders due = DueOrders.write(data, nextFirstId, orders, 6);
        nextFirstId += orders + 1000;
        due.survey(data, true);
        sql.update("DELETE FROM CNC_OUTBOX_MAIL");
        smtp.stop();
        smtp.start();
        return due;
    }

    private static void check(SurveyDispatch.DispatchReport report, DueOrders due) {
        if (report == null || report.invited() != due.accepting.size() || report.mailed() != report.invited()) {
            throw new IllegalStateException("the dispatch did " + report + "; expected " + due.accepting.size()
                    + " invitations, each mailed");
        }
    }

    private ExecutorService startSenders(int mailBatch, int connections, int nodes) {
        ExecutorService threads = Executors.newFixedThreadPool(nodes);
        for (int i = 0; i < nodes; i++) {
            OutboxSender sender = TestSenders.toLocalSmtp(context, smtp.port(), mailBatch, connections);
            threads.submit(() -> {
                try {
                    while (!Thread.currentThread().isInterrupted()) {
                        if (sender.sendDueMails() == 0) {
                            Thread.sleep(10);
                        }
                    }
                } finally {
                    sender.stop();
                }
                return null;
            });
        }
        return threads;
    }

    /** Until the outbox has {@code mails} marked sent (GreenMail accepted them), at most ten minutes. */
    private void awaitSent(long mails) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            Long sent = sql.queryForObject("SELECT COUNT(*) AS N FROM CNC_OUTBOX_MAIL WHERE STATUS = 'SENT'",
                    Long.class);
            if (sent >= mails) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("only part of " + mails + " mails was sent within ten minutes");
    }

    private void checkArrived(int mails) {
        int arrived = smtp.received().length;
        if (arrived != mails) {
            throw new IllegalStateException(arrived + " mails arrived, not " + mails);
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
