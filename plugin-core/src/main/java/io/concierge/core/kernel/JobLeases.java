package io.concierge.core.kernel;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.function.Function;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

/**
 * Leases that let one node at a time run a job that every node schedules (bean {@code cncJobLeases}): taking one is
 * a conditional UPDATE in its own transaction, so of two nodes only one wins; a node that dies keeps it only until it
 * expires. A job runs {@link #whileHeld} and does its work in {@link Held#inTransaction}, which checks the lease
 * before it commits, so a node whose lease ran out and was taken over rolls back instead of doing the work twice.
 */
@Component("cncJobLeases")
public class JobLeases {

    private static final Log LOG = LogFactory.getLog(JobLeases.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    private TransactionTemplate ownTransaction;

    @PostConstruct
    public void init() {
        ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code work} while this node holds the job's lease, then gives the lease back: what every scheduled job
     * of every node calls, so that one node at a time does the job.
     *
     * @return what the work returned, or null when another node holds the lease (nothing was done)
     */
    public <T> T whileHeld(String jobName, Duration lease, Function<Held, T> work) {
        String holder = newHolder();
        if (!tryTake(jobName, holder, lease)) {
            return null;
        }
        try {
            return work.apply(new Held(jobName, holder));
        } finally {
            release(jobName, holder);
        }
    }

    /** The lease a run holds: its work commits only while it still holds it. */
    public final class Held {
        private final String jobName;
        private final String holder;

        private Held(String jobName, String holder) {
            this.jobName = jobName;
            this.holder = holder;
        }

        /**
         * Runs {@code work} in a transaction of its own that commits only if the lease is still this run's when the
         * work is done: a node whose lease ran out and was taken over rolls back instead of doing the job twice.
         *
         * @return what the work returned, or null when the lease was lost and the work rolled back
         */
        public <T> T inTransaction(TransactionCallback<T> work) {
            return new TransactionTemplate(transactionManager).execute(status -> {
                T done = work.doInTransaction(status);
                if (!isHeld(jobName, holder)) {
                    LOG.warn("Concierge job " + jobName + " ran past its lease; another node does it, this run"
                            + " rolled back");
                    status.setRollbackOnly();
                    return null;
                }
                return done;
            });
        }
    }

    /**
     * A holder name for one run: unique, so that a node's next run does not inherit an expired lease, and naming the
     * node ({@link NodeNames}), so that whoever looks at CNC_JOB_LEASE sees which node runs the job.
     */
    public static String newHolder() {
        return NodeNames.thisNode(UUID.randomUUID().toString(), JobLeaseImpl.MAX_HOLDER_LENGTH);
    }

    /** @return whether {@code holder} now holds the job's lease for {@code lease} (false: another node runs it) */
    public boolean tryTake(String jobName, String holder, Duration lease) {
        Date now = DatabaseTimes.toTheSecond(new Date());
        Date until = new Date(now.getTime() + lease.toMillis());
        Boolean taken = ownTransaction.execute(status -> em.createQuery("update JobLeaseImpl l set l.holder = :holder,"
                + " l.leaseUntil = :until where l.jobName = :job and (l.leaseUntil < :now or l.holder is null)")
                .setParameter("holder", holder).setParameter("until", until).setParameter("job", jobName)
                .setParameter("now", now).executeUpdate() == 1);
        if (Boolean.TRUE.equals(taken)) {
            return true;
        }
        try {
            ownTransaction.execute(status -> {
                if (em.find(JobLeaseImpl.class, jobName) != null) {
                    status.setRollbackOnly();
                    return null;
                }
                em.persist(new JobLeaseImpl(jobName, holder, until));
                em.flush();
                return null;
            });
        } catch (DataIntegrityViolationException | PersistenceException anotherNodeMadeItFirst) {
            return false;
        }
        return isHeldNow(jobName, holder);
    }

    /** In the caller's transaction: whether {@code holder} still holds the lease (to check before committing work). */
    @Transactional("blTransactionManager")
    public boolean isHeld(String jobName, String holder) {
        return em.createQuery("select count(l) from JobLeaseImpl l where l.jobName = :job and l.holder = :holder"
                + " and l.leaseUntil >= :now", Long.class).setParameter("job", jobName).setParameter("holder", holder)
                .setParameter("now", DatabaseTimes.toTheSecond(new Date())).getSingleResult() == 1;
    }

    /** Gives the lease back at once, so the next run of any node need not wait for it to expire. */
    public void release(String jobName, String holder) {
        ownTransaction.execute(status -> em.createQuery("update JobLeaseImpl l set l.holder = null"
                + " where l.jobName = :job and l.holder = :holder").setParameter("job", jobName)
                .setParameter("holder", holder).executeUpdate());
    }

    private boolean isHeldNow(String jobName, String holder) {
        return Boolean.TRUE.equals(ownTransaction.execute(status -> isHeld(jobName, holder)));
    }
}
