package io.concierge.core.guidance;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.JobLeases;
import io.concierge.core.kernel.StoreOptionsService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.Session;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ScheduledFuture;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Mines co-purchase rules from the placed orders (bean {@code cncCoPurchaseMining}). Every node schedules it on
 * {@code cncTaskScheduler}: every {@code concierge.guidance.mining.intervalMinutes} an incremental run counts the
 * orders placed since (those submitted after the watermark and not listed, {@link MinedOrderImpl}), every {@code concierge.guidance.mining.fullHours} a full run counts all again (so cancelled
 * or deleted orders leave the counts). One node at a time mines, under the lease {@value #JOB}; a run is one
 * transaction that commits only while its lease still holds, so readers see the old rules or the new, never half.
 */
@Component("cncCoPurchaseMining")
public class CoPurchaseMining {

    static final String JOB = "guidance.mining";

    private static final Log LOG = LogFactory.getLog(CoPurchaseMining.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Resource(name = "cncJobLeases")
    protected JobLeases leases;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @Value("${concierge.guidance.mining.enabled:true}")
    protected boolean enabled = true;

    @Value("${concierge.guidance.mining.path:auto}")
    protected String pathSetting = "auto";

    @Value("${concierge.guidance.mining.firstDelaySeconds:20}")
    protected long firstDelaySeconds = 20;

    @Value("${concierge.guidance.mining.intervalMinutes:60}")
    protected long intervalMinutes = 60;

    @Value("${concierge.guidance.mining.fullHours:24}")
    protected long fullHours = 24;

    @Value("${concierge.guidance.mining.settleMinutes:60}")
    protected long settleMinutes = 60;

    @Value("${concierge.guidance.mining.leaseMinutes:30}")
    protected long leaseMinutes = 30;

    private MiningPath configuredPath;
    private ScheduledFuture<?> mining;

    @PostConstruct
    public void start() {
        if (intervalMinutes < 1 || fullHours < 1 || leaseMinutes < 1 || settleMinutes < 1) {
            throw new IllegalArgumentException("concierge.guidance.mining.intervalMinutes, .fullHours, .leaseMinutes"
                    + " and .settleMinutes must be at least 1 (they are " + intervalMinutes + ", " + fullHours + ", "
                    + leaseMinutes + " and " + settleMinutes + ")");
        }
        MiningPath.of(pathSetting, "");  // a wrong setting stops the start, not the first run
        if (enabled) {
            mining = scheduler.scheduleWithFixedDelay(this::scheduledRun,
                    new Date(System.currentTimeMillis() + firstDelaySeconds * 1000),
                    Duration.ofMinutes(intervalMinutes).toMillis());
        }
    }

    @PreDestroy
    public void stop() {
        if (mining != null) {
            mining.cancel(false);
        }
    }

    /** The path of {@code concierge.guidance.mining.path} on this store's database. */
    public synchronized MiningPath configuredPath() {
        if (configuredPath == null) {
            configuredPath = MiningPath.of(pathSetting, databaseName());
        }
        return configuredPath;
    }

    /** @return the run's report, or null when another node is mining now */
    public MiningReport mine(boolean full) {
        return mine(full, configuredPath());
    }

    /** As {@link #mine(boolean)}, on the given path (both give the same rules; tests compare them). */
    public MiningReport mine(boolean full, MiningPath path) {
        return leases.whileHeld(JOB, Duration.ofMinutes(leaseMinutes),
                lease -> lease.inTransaction(status -> {
                    ProductCandidates.forgetAll();
                    return mineInTransaction(full, path);
                }));
    }

    /** The store's mining row: the last run; null before the first. */
    public MiningStateImpl lastRun() {
        return new TransactionTemplate(transactionManager).execute(status ->
                em.find(MiningStateImpl.class, MiningStateImpl.STORE_ROW_ID));
    }

    private MiningReport mineInTransaction(boolean requestedFull, MiningPath path) {
        long started = System.currentTimeMillis();
        Date now = DatabaseTimes.toTheSecond(new Date(started));
        MiningStateImpl state = em.find(MiningStateImpl.class, MiningStateImpl.STORE_ROW_ID);
        boolean full = requestedFull || state == null || state.watermark == null;
        if (state == null) {
            state = new MiningStateImpl();
            em.persist(state);
        }
        // Orders submitted up to settleMinutes ago have committed by now (and the nodes' clocks agree that well);
        // the watermark never moves back between full runs.
        Date settled = new Date(now.getTime() - Duration.ofMinutes(settleMinutes).toMillis());
        Date watermark = full || state.watermark.before(settled) ? settled : state.watermark;
        MiningSql sql = new MiningSql(em);
        if (full) {
            sql.forgetCounts();
            sql.phaseDone("forgetting");
        }
        long run = state.runNumber + 1;
        // Listed first, so the counting reads them: an order committed after the listing waits for the next run.
        long newOrders = sql.listOrdersAfter(run, full ? watermark : state.watermark, full);
        if (full) {
            newOrders += sql.placedUpTo(watermark);
        }
        long totalOrders = full ? newOrders : state.totalOrders + newOrders;
        sql.phaseDone("listing");
        RuleThresholds thresholds = storeOptions.read(GuidanceOptionsImpl.class).thresholds();
        (path == MiningPath.SQL ? new SqlCoPurchaseMiner() : new InMemoryCoPurchaseMiner())
                .mine(sql, MiningSql.orderLinesOfRun(run, full ? watermark : null), full, totalOrders, thresholds, now);
        sql.forgetListedUpTo(watermark);
        sql.phaseDone("moving the watermark");
        long rules = sql.rules();
        state.runNumber = run;
        state.totalOrders = totalOrders;
        state.rules = rules;
        state.minedAt = now;
        state.watermark = watermark;
        if (full) {
            state.fullMinedAt = now;
        }
        state.path = path.name();
        state.durationMillis = System.currentTimeMillis() - started;
        return new MiningReport(full, path, newOrders, totalOrders, rules, state.durationMillis, sql.phases());
    }

    private void scheduledRun() {
        try {
            MiningStateImpl last = lastRun();
            boolean fullDue = last == null || last.getFullMinedAt() == null
                    || System.currentTimeMillis() - last.getFullMinedAt().getTime() >= Duration.ofHours(fullHours).toMillis();
            MiningReport report = mine(fullDue);
            if (report != null) {
                LOG.info("Guidance " + report);
            }
        } catch (RuntimeException e) {
            LOG.error("Guidance mining failed; the next run tries again", e);
        }
    }

    private String databaseName() {
        return new TransactionTemplate(transactionManager).execute(status -> em.unwrap(Session.class)
                .doReturningWork(connection -> connection.getMetaData().getDatabaseProductName()));
    }
}
