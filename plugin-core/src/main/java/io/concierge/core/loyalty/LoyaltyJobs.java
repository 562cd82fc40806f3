package io.concierge.core.loyalty;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.annotation.PreDestroy;
import javax.annotation.Resource;

/**
 * Loyalty's background work on {@code cncTaskScheduler}, scheduled once the node's context has started (the schema
 * is there then): the offers' sync every {@code concierge.loyalty.offers.syncSeconds} from the start (0: never), the
 * recalculation every night ({@code concierge.loyalty.recalculation.cron}, UTC) and, with
 * {@code concierge.loyalty.recalculation.atStart}, once at the start; the continuation of an interrupted recalculation
 * every {@code concierge.loyalty.recalculation.resumeMinutes} (0: never); the downgrade warnings every
 * {@code concierge.loyalty.warnings.everyMinutes} from the start (0: never); the entry rewards every
 * {@code concierge.loyalty.rewards.everyMinutes} from the start (0: never). Every node schedules them; the leases
 * let one node at a time do each.
 */
@Component("cncLoyaltyJobs")
public class LoyaltyJobs implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {

    private static final Log LOG = LogFactory.getLog(LoyaltyJobs.class);

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @Resource(name = "cncLoyaltyOffers")
    protected LoyaltyOffers offers;

    @Resource(name = "cncLoyaltyRecalculation")
    protected LoyaltyRecalculation recalculation;

    @Resource(name = "cncLoyaltyDowngradeWarnings")
    protected LoyaltyDowngradeWarnings warnings;

    @Resource(name = "cncLoyaltyEntryRewards")
    protected LoyaltyEntryRewards rewards;

    @Value("${concierge.loyalty.rewards.everyMinutes:5}")
    protected long rewardMinutes = 5;

    @Value("${concierge.loyalty.warnings.everyMinutes:60}")
    protected long warningMinutes = 60;

    @Value("${concierge.loyalty.offers.syncSeconds:60}")
    protected long offerSyncSeconds = 60;

    @Value("${concierge.loyalty.recalculation.cron:0 30 3 * * *}")
    protected String recalculationCron = "0 30 3 * * *";

    @Value("${concierge.loyalty.recalculation.resumeMinutes:10}")
    protected long resumeMinutes = 10;

    @Value("${concierge.loyalty.recalculation.atStart:false}")
    protected boolean recalculateAtStart;

    private ApplicationContext context;
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<ScheduledFuture<?>>();

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.context = applicationContext;
    }

    @Override
    public synchronized void onApplicationEvent(ContextRefreshedEvent event) {
        // A DispatcherServlet's context announces its own start to this one too.
        if (event.getApplicationContext() != context || !scheduled.isEmpty()) {
            return;
        }
        if (offerSyncSeconds > 0) {
            scheduled.add(scheduler.scheduleWithFixedDelay(this::syncOffers, new Date(),
                    TimeUnit.SECONDS.toMillis(offerSyncSeconds)));
        }
        scheduled.add(scheduler.schedule(recalculation::runAndLog,
                new CronTrigger(recalculationCron, TimeZone.getTimeZone("UTC"))));
        if (resumeMinutes > 0) {
            long every = TimeUnit.MINUTES.toMillis(resumeMinutes);
            scheduled.add(scheduler.scheduleWithFixedDelay(recalculation::resumeAndLog,
                    new Date(System.currentTimeMillis() + every), every));
        }
        if (warningMinutes > 0) {
            scheduled.add(scheduler.scheduleWithFixedDelay(warnings::runAndLog, new Date(),
                    TimeUnit.MINUTES.toMillis(warningMinutes)));
        }
        if (rewardMinutes > 0) {
            scheduled.add(scheduler.scheduleWithFixedDelay(rewards::runAndLog, new Date(),
                    TimeUnit.MINUTES.toMillis(rewardMinutes)));
        }
        if (recalculateAtStart) {
            scheduled.add(scheduler.schedule(recalculation::runAndLog, new Date()));
        }
    }

    @PreDestroy
    public synchronized void stop() {
        for (ScheduledFuture<?> job : scheduled) {
            job.cancel(false);
        }
    }

    private void syncOffers() {
        try {
            offers.sync();
        } catch (RuntimeException e) {
            // The next run tries again; until then a changed perk keeps its earlier offer.
            LOG.warn("Concierge: could not bring the loyalty offers in step with the tiers: " + e);
        }
    }
}
