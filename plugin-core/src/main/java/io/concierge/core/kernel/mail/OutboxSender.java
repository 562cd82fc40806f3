package io.concierge.core.kernel.mail;

import io.concierge.core.kernel.NodeNames;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * The outbox's sender job, on {@code cncTaskScheduler} in every node: every {@code concierge.mail.intervalSeconds} it
 * claims due mails in batches under a lease, delivers each batch over one SMTP connection and records each mail's
 * outcome, until none is due. While batches come full (a backlog) it sends over up to
 * {@code concierge.mail.connections} connections at once, each lane claiming its own batches: one SMTP connection is
 * bound by round trips, not by the CPU. A failed
 * delivery waits as {@link RetryPolicy} says, with the server's reason; a permanent refusal or the last attempt makes
 * the mail failed. A node that stops while holding mails leaves them to whichever node finds their lease expired.
 * <p>
 * Delivery is at least once: a node that stops between delivering a batch's mails and marking them sent, or whose
 * lease ran out in the middle of a delivery (a server slower than every time-out), may have sent mails another node
 * sends again; both copies carry the same Message-ID. Each node stops sending its claimed mails while less than one
 * delivery's time-outs of its lease remain, and gives them back.
 */
@Component("cncOutboxSender")
public class OutboxSender {

    private static final Log LOG = LogFactory.getLog(OutboxSender.class);

    @Resource(name = "cncOutboxMailStore")
    protected OutboxMailStore store;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @Resource(name = "cncMailSender")
    protected JavaMailSenderImpl mailSender;

    @Value("${concierge.mail.enabled:true}")
    protected boolean enabled = true;

    @Value("${concierge.mail.from:store@localhost}")
    protected String from = "store@localhost";

    @Value("${concierge.mail.batchSize:20}")
    protected int batchSize = 20;

    @Value("${concierge.mail.connections:3}")
    protected int connections = 3;

    @Value("${concierge.mail.leaseSeconds:300}")
    protected long leaseSeconds = 300;

    @Value("${concierge.mail.intervalSeconds:10}")
    protected long intervalSeconds = 10;

    @Value("${concierge.mail.maxAttempts:8}")
    protected int maxAttempts = 8;

    @Value("${concierge.mail.retry.firstDelaySeconds:60}")
    protected long firstRetrySeconds = 60;

    @Value("${concierge.mail.retry.maxDelaySeconds:3600}")
    protected long maxRetrySeconds = 3600;

    protected Clock clock = Clock.systemUTC();

    /** Names this node (the JVM's pid@host, made unique); a lane claims rows as {@code node#lane}. */
    protected final String node = NodeNames.thisNode(UUID.randomUUID().toString().substring(0, 8), 59);

    private MailDelivery delivery;
    private RetryPolicy retryPolicy;
    private Duration lease;
    private ScheduledFuture<?> sending;
    static final int SHORT_CLAIMS_BEFORE_STOPPING = 3;
    static final long SHORT_CLAIM_PAUSE_MILLIS = 20;

    /** Runs the lanes beyond the first, which runs on the job's own thread. */
    private ExecutorService lanes;

    /** Checks the settings (a wrong one stops the start with its name) and schedules the job if enabled. */
    @PostConstruct
    public void start() {
        if (batchSize < 1 || intervalSeconds < 1 || connections < 1) {
            throw new IllegalArgumentException("concierge.mail.batchSize, concierge.mail.intervalSeconds and"
                    + " concierge.mail.connections must be at least 1 (they are " + batchSize + ", " + intervalSeconds
                    + " and " + connections + ")");
        }
        if (mailSender.getUsername() != null && mailSender.getUsername().isEmpty()) {
            // JavaMail authenticates whenever a user name is set, an empty one too, and servers refuse that.
            mailSender.setUsername(null);
            mailSender.setPassword(null);
        }
        delivery = new SmtpMailDelivery(mailSender, from);
        retryPolicy = new RetryPolicy(maxAttempts, Duration.ofSeconds(firstRetrySeconds),
                Duration.ofSeconds(maxRetrySeconds));
        lease = Duration.ofSeconds(leaseSeconds);
        Claims.checkLease(lease, delivery.longestDelivery());
        if (connections > 1) {
            AtomicInteger laneNumber = new AtomicInteger();
            lanes = Executors.newFixedThreadPool(connections - 1, task -> {
                Thread lane = new Thread(task, "concierge-mail-lane-" + laneNumber.incrementAndGet());
                lane.setDaemon(true);
                return lane;
            });
        }
        if (enabled) {
            long period = Duration.ofSeconds(intervalSeconds).toMillis();
            sending = scheduler.scheduleWithFixedDelay(this::sendDueMailsLogged,
                    new Date(System.currentTimeMillis() + period), period);
        }
    }

    @PreDestroy
    public void stop() {
        if (sending != null) {
            sending.cancel(false);
        }
        if (lanes != null) {
            lanes.shutdownNow();
        }
    }

    /**
     * Sends batch after batch until a batch is not full; after a full first batch the other lanes join in. Returns
     * how many mails were claimed.
     */
    public int sendDueMails() {
        int claimed = sendBatch(0);
        if (claimed < batchSize) {
            return claimed;
        }
        List<Future<Integer>> otherLanes = new ArrayList<Future<Integer>>();
        for (int lane = 1; lane < connections; lane++) {
            int number = lane;
            otherLanes.add(lanes.submit(() -> sendWhileFull(number)));
        }
        claimed += sendWhileFull(0);
        for (Future<Integer> lane : otherLanes) {
            claimed += laneResult(lane);
        }
        return claimed;
    }

    /**
     * A lane stops after a few short claims in a row, not at the first: a claim racing the other lanes' may come back
     * short while mails are still due (on MariaDB, SKIP LOCKED passes by rows another claim is only reading).
     */
    private int sendWhileFull(int lane) {
        int claimed = 0;
        int shortClaims = 0;
        while (shortClaims < SHORT_CLAIMS_BEFORE_STOPPING && !Thread.currentThread().isInterrupted()) {
            int batch = sendBatch(lane);
            claimed += batch;
            shortClaims = batch == batchSize ? 0 : shortClaims + 1;
            if (batch < batchSize && !pause(SHORT_CLAIM_PAUSE_MILLIS)) {
                break;
            }
        }
        return claimed;
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int laneResult(Future<Integer> lane) {
        try {
            return lane.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            lane.cancel(true);
            return 0;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a sending lane failed", e.getCause());
        }
    }

    /**
     * Claims a batch and delivers it over one connection, each mail with its own outcome; the delivered ones are
     * marked sent together at the end (a node that dies before leaves them to be sent again, same Message-IDs).
     */
    int sendBatch(int lane) {
        // Each lane claims under a name of its own, so that a lane never marks a mail another lane took over.
        String owner = node + "#" + lane;
        Instant now = clock.instant();
        Instant leaseExpires = now.plus(lease);
        List<OutboxMail> mails = store.claim(owner, batchSize, now, leaseExpires);
        List<Long> delivered = new ArrayList<Long>(mails.size());
        try (MailDelivery.Connection connection = delivery.connect()) {
            for (OutboxMail mail : mails) {
                if (send(connection, mail, owner, OutboxMailStore.timestamp(leaseExpires).toInstant())) {
                    delivered.add(mail.getId());
                }
            }
        } finally {
            markSent(delivered, owner);
        }
        return mails.size();
    }

    /** True once the server accepted the mail; a failure or a mail not tried is recorded here. */
    private boolean send(MailDelivery.Connection connection, OutboxMail mail, String owner, Instant leaseExpires) {
        long id = mail.getId();
        switch (Claims.forClaimedMail(mail.getAttempts(), retryPolicy.getMaxAttempts(), leaseExpires, clock.instant(),
                delivery.longestDelivery())) {
            case GIVE_UP:
                store.fail(id, owner, "Given up after " + retryPolicy.getMaxAttempts() + " attempts; the last one"
                        + " stopped before it could tell" + (mail.getLastError() == null ? "" : ". Before: "
                        + mail.getLastError()));
                return false;
            case GIVE_BACK:
                store.release(id, owner);
                return false;
            default:
                break;
        }
        try {
            connection.deliver(mail);
            return true;
        } catch (Exception e) {
            DeliveryFailure failure = DeliveryFailure.of(e);
            Instant next = retryPolicy.nextAttemptAfterFailure(mail.getAttempts(), failure.isPermanent(),
                    clock.instant());
            if (next == null) {
                store.fail(id, owner, failure.getReason());
                LOG.warn("Mail " + id + " failed for good: " + failure.getReason());
            } else {
                store.reschedule(id, owner, next, failure.getReason());
            }
            return false;
        }
    }

    private void markSent(List<Long> delivered, String owner) {
        if (delivered.isEmpty()) {
            return;
        }
        int marked = store.markSent(delivered, owner, clock.instant());
        if (marked < delivered.size()) {
            LOG.warn((delivered.size() - marked) + " of " + delivered.size() + " mails were sent after this node's"
                    + " lease on them expired; another node may send them again (with the same Message-IDs)");
        }
    }

    /** Never throws: the job runs again at the next interval, and claimed rows come back when their lease ends. */
    private void sendDueMailsLogged() {
        try {
            sendDueMails();
        } catch (RuntimeException e) {
            LOG.warn("Sending the mail outbox failed, trying again in " + intervalSeconds + " s: " + e);
        }
    }
}
