package io.concierge.core.kernel;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Date;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * {@link TokenLedger} in {@code CNC_ISSUED_TOKEN}. Spending is {@code UPDATE … SET SPENT_AT WHERE SPENT_AT IS NULL}:
 * a second node redeeming the same token waits for the first one's row lock and then finds it spent. Expired rows
 * are deleted every {@code concierge.tokens.cleanupMinutes} on each node (an idempotent delete).
 */
@Repository("cncTokenLedger")
public class DatabaseTokenLedger implements TokenLedger {

    private static final Log LOG = LogFactory.getLog(DatabaseTokenLedger.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    @Value("${concierge.tokens.cleanupMinutes:60}")
    protected long cleanupMinutes = 60;

    private ScheduledFuture<?> cleaning;

    @PostConstruct
    public void scheduleCleanup() {
        long period = TimeUnit.MINUTES.toMillis(cleanupMinutes);
        cleaning = scheduler.scheduleWithFixedDelay(this::deleteExpiredSafely,
                new Date(System.currentTimeMillis() + period), period);
    }

    @PreDestroy
    public void stopCleanup() {
        if (cleaning != null) {
            cleaning.cancel(false);
        }
    }

    @Override
    @Transactional("blTransactionManager")
    public void recordIssued(String tokenKey, String purpose, Date expiresAt) {
        em.persist(new IssuedTokenImpl(tokenKey, purpose, expiresAt));
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean spend(String tokenKey, Date now) {
        return em.createQuery("update IssuedTokenImpl t set t.spentAt = :now"
                        + " where t.tokenKey = :key and t.spentAt is null and t.expiresAt > :now")
                .setParameter("now", now)
                .setParameter("key", tokenKey)
                .executeUpdate() == 1;
    }

    @Override
    public int deleteExpired(final Date now) {
        return new TransactionTemplate(transactionManager).execute(status -> em
                .createQuery("delete from IssuedTokenImpl t where t.expiresAt <= :now")
                .setParameter("now", now)
                .executeUpdate());
    }

    private void deleteExpiredSafely() {
        try {
            deleteExpired(new Date());
        } catch (RuntimeException e) {
            // The next run tries again; a failed cleanup only leaves rows that can no longer be spent.
            LOG.warn("Concierge: could not delete expired single-use tokens: " + e);
        }
    }
}
