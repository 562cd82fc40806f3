package io.concierge.core.kernel;

import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/** One node at a time: a job's run under the lease, another node's refusal, and the rollback of a run that lost it. */
@ExtendWith(BroadleafContextExtension.class)
class JobLeasesIT {

    @Resource(name = "cncJobLeases")
    JobLeases leases;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final String job = "test-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aRunHoldsTheLeaseWhileItWorksAndGivesItBack() {
        String done = leases.whileHeld(job, Duration.ofMinutes(5), lease -> {
            assertThat(leases.tryTake(job, JobLeases.newHolder(), Duration.ofMinutes(5))).as("another node").isFalse();
            return lease.inTransaction(status -> "done");
        });

        assertThat(done).isEqualTo("done");
        String again = leases.whileHeld(job, Duration.ofMinutes(5), lease -> "again");
        assertThat(again).as("given back").isEqualTo("again");
    }

    @Test
    void whileAnotherNodeHoldsItNothingRuns() {
        String otherNode = JobLeases.newHolder();
        assertThat(leases.tryTake(job, otherNode, Duration.ofMinutes(5))).isTrue();
        AtomicBoolean ran = new AtomicBoolean();
        try {
            Boolean outcome = leases.whileHeld(job, Duration.ofMinutes(5), lease -> ran.getAndSet(true));
            assertThat(outcome).isNull();
            assertThat(ran).isFalse();
        } finally {
            leases.release(job, otherNode);
        }
    }

    @Test
    void aRunWhoseLeaseRanOutAndWasTakenOverRollsItsWorkBack() {
        String written = job + "-work";
        String outcome = leases.whileHeld(job, Duration.ofMinutes(5), lease -> lease.inTransaction(status -> {
            em.persist(new JobLeaseImpl(written, "work", new Date()));
            expireAndTakeOver();
            return "committed";
        }));

        assertThat(outcome).isNull();
        JobLeaseImpl work = new TransactionTemplate(transactionManager)
                .execute(status -> em.find(JobLeaseImpl.class, written));
        assertThat(work).as("rolled back").isNull();
    }

    /** Another node, in its own transaction, finds the lease expired and takes it. */
    private void expireAndTakeOver() {
        TransactionTemplate own = new TransactionTemplate(transactionManager);
        own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        own.execute(status -> em.createQuery("update JobLeaseImpl l set l.leaseUntil = :past where l.jobName = :job")
                .setParameter("past", new Date(System.currentTimeMillis() - 60_000)).setParameter("job", job)
                .executeUpdate());
        assertThat(leases.tryTake(job, JobLeases.newHolder(), Duration.ofMinutes(5))).isTrue();
    }
}
