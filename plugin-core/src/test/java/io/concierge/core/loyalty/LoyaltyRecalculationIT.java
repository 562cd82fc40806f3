package io.concierge.core.loyalty;

import io.concierge.core.kernel.JobLeases;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly recalculation interrupted and resumed (HSQLDB; PostgreSQL and MariaDB with the profiles): node A stops
 * in the middle of the ranges; what it committed stays, and node B continues the same run from the next range, to
 * the standings an uninterrupted run gives. A finished run is not continued again.
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltyRecalculationIT {

    @Resource(name = "cncLoyaltyRecalculation")
    LoyaltyRecalculation recalculation;

    @Resource(name = "cncLoyaltyEvaluation")
    LoyaltyEvaluation evaluation;

    @Resource(name = "cncLoyalty")
    LoyaltyStandings standings;

    private LoyaltyTiers tiers;

    @BeforeEach
    void noRunLeftUnfinished() {
        tiers = LoyaltyTiers.inDatabase();
        // Another test's interrupted run would otherwise be continued here.
        tiers.inTransaction(status -> tiers.em.createQuery("update LoyaltyRecalculationRunImpl r"
                + " set r.finishedAt = :now where r.finishedAt is null").setParameter("now", new Date())
                .executeUpdate());
    }

    /**
     * A second node, as the job's bean but with an evaluation that, once it has done the range of {@code victim},
     * stops the node, as a node shutting down does: that range commits, the next is not started.
     */
    private LoyaltyRecalculation nodeStoppingAfter(Customer victim, long[] stoppedAt) {
        LoyaltyRecalculation node = new LoyaltyRecalculation();
        node.em = recalculation.em;
        node.leases = recalculation.leases;
        node.transactionManager = recalculation.transactionManager;
        node.batchCustomers = recalculation.batchCustomers;
        node.resumeWithinHours = recalculation.resumeWithinHours;
        node.evaluation = new LoyaltyEvaluation() {
            @Override
            public int evaluate(long firstCustomer, long lastCustomer, LoyaltyChangeReason reason, Date at) {
                int changes = evaluation.evaluate(firstCustomer, lastCustomer, reason, at);
                if (firstCustomer <= victim.getId() && victim.getId() <= lastCustomer) {
                    stoppedAt[0] = lastCustomer + 1;
                    node.stop();
                }
                return changes;
            }
        };
        return node;
    }

    /** Tier id and metric value of each customer, null for no standing. */
    private Map<Long, String> standingsOf(List<Customer> customers) {
        Map<Long, String> found = new LinkedHashMap<Long, String>();
        for (Customer customer : customers) {
            LoyaltyStandingImpl standing = standings.standingOf(customer.getId());
            found.put(customer.getId(), standing == null ? null
                    : standing.getTierId() + " at " + standing.getMetricValue().stripTrailingZeros().toPlainString());
        }
        return found;
    }

    private LoyaltyRecalculationRunImpl newestRun() {
        return tiers.inTransaction(status -> tiers.em.createQuery("select r from LoyaltyRecalculationRunImpl r"
                + " order by r.id desc", LoyaltyRecalculationRunImpl.class).setMaxResults(1).getSingleResult());
    }

    @Test
    void aRunInterruptedAfterSomeRangesIsContinuedByAnotherNodeFromTheRangeThatRolledBack() {
        List<Customer> customers = new ArrayList<Customer>();
        for (String total : Arrays.asList("210.00", "55.00", "600.00", "210.00", "55.00", "600.00")) {
            Customer customer = tiers.registeredCustomer();
            tiers.placed(customer, total, 3);
            customers.add(customer);
        }
        long batch = recalculation.batchCustomers;
        recalculation.batchCustomers = 2;
        try {
            long[] interruptedFrom = new long[1];
            LoyaltyRecalculation nodeA = nodeStoppingAfter(customers.get(2), interruptedFrom);

            LoyaltyRecalculation.Outcome first = nodeA.runNow();

            assertThat(first.isComplete()).isFalse();
            assertThat(first.getFirstCustomer() + first.getCustomersCovered()).isEqualTo(interruptedFrom[0]);
            LoyaltyRecalculationRunImpl run = newestRun();
            assertThat(run.getFinishedAt()).isNull();
            assertThat(run.getNextCustomerId()).isEqualTo(interruptedFrom[0]);
            assertThat(standings.standingOf(customers.get(2).getId())).as("committed before the stop").isNotNull();
            for (Customer notReached : customers.subList(4, 6)) {
                assertThat(standings.standingOf(notReached.getId())).as("not reached").isNull();
            }
            String otherNode = JobLeases.newHolder();
            assertThat(recalculation.leases.tryTake(LoyaltyRecalculation.JOB, otherNode, Duration.ofMinutes(5)))
                    .isTrue();
            try {
                assertThat(recalculation.resumeNow()).as("another node holds the lease").isNull();
            } finally {
                recalculation.leases.release(LoyaltyRecalculation.JOB, otherNode);
            }

            LoyaltyRecalculation.Outcome resumed = recalculation.resumeNow();

            assertThat(resumed.isComplete()).isTrue();
            assertThat(resumed.getFirstCustomer()).isEqualTo(interruptedFrom[0]);
            LoyaltyRecalculationRunImpl finished = newestRun();
            assertThat(finished.getId()).as("the same run").isEqualTo(run.getId());
            assertThat(finished.getStartedAt()).isEqualTo(run.getStartedAt());
            assertThat(finished.getFinishedAt()).isNotNull();
            assertThat(finished.getNextCustomerId()).isEqualTo(finished.getLastCustomerId() + 1);
            assertThat(recalculation.resumeNow()).as("a finished run is not done again").isNull();
            Map<Long, String> afterResuming = standingsOf(customers);
            assertThat(afterResuming.get(customers.get(0).getId())).startsWith(tiers.summit.getId() + " at 210");
            assertThat(afterResuming.get(customers.get(5).getId())).startsWith(tiers.expedition.getId() + " at 600");

            tiers.inTransaction(status -> {
                for (Customer customer : customers) {
                    tiers.em.createQuery("delete from LoyaltyStandingImpl s where s.customerId = :customer")
                            .setParameter("customer", customer.getId()).executeUpdate();
                }
                return null;
            });
            LoyaltyRecalculation.Outcome uninterrupted = recalculation.runNow();

            assertThat(uninterrupted.isComplete()).isTrue();
            assertThat(newestRun().getId()).as("a new run").isNotEqualTo(run.getId());
            assertThat(uninterrupted.getFirstCustomer()).isEqualTo(run.getFirstCustomerId());
            assertThat(standingsOf(customers)).isEqualTo(afterResuming);
        } finally {
            recalculation.batchCustomers = batch;
        }
    }

    @Test
    void anUnfinishedRunOlderThanTheResumeWindowIsLeftAndTheNextNightStartsAnew() {
        Customer customer = tiers.registeredCustomer();
        tiers.placed(customer, "55.00", 3);
        long old = tiers.inTransaction(status -> {
            LoyaltyRecalculationRunImpl stale = new LoyaltyRecalculationRunImpl(
                    new Date(System.currentTimeMillis() - (recalculation.resumeWithinHours + 1) * 3_600_000L),
                    customer.getId(), customer.getId());
            tiers.em.persist(stale);
            return stale.getId();
        });

        assertThat(recalculation.resumeNow()).isNull();
        LoyaltyRecalculation.Outcome night = recalculation.runNow();

        assertThat(night.isComplete()).isTrue();
        assertThat(newestRun().getId()).isGreaterThan(old);
        assertThat(standings.standingOf(customer.getId()).getTierId()).isEqualTo(tiers.trail.getId());
    }

    @Test
    void savedTiersStartARunAfreshThatSupersedesTheUnfinishedOne() {
        Customer customer = tiers.registeredCustomer();
        long unfinished = tiers.inTransaction(status -> {
            LoyaltyRecalculationRunImpl young = new LoyaltyRecalculationRunImpl(
                    new Date(System.currentTimeMillis() - 3_600_000L), customer.getId(), customer.getId());
            tiers.em.persist(young);
            return young.getId();
        });

        LoyaltyRecalculation.Outcome afresh = recalculation.runAfresh();

        assertThat(afresh.isComplete()).isTrue();
        assertThat(newestRun().getId()).isGreaterThan(unfinished);
        assertThat(tiers.inTransaction(status -> tiers.em.find(LoyaltyRecalculationRunImpl.class, unfinished))
                .getFinishedAt()).as("superseded").isNotNull();
        assertThat(recalculation.resumeNow()).isNull();
    }
}
