package io.concierge.core.loyalty;

import io.concierge.core.helpcenter.cases.CaseFilter;
import io.concierge.core.helpcenter.cases.CaseOutcome;
import io.concierge.core.helpcenter.cases.CaseReason;
import io.concierge.core.helpcenter.cases.CaseService;
import io.concierge.core.helpcenter.cases.NewCase;
import io.concierge.core.helpcenter.cases.SupportCase;
import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.CustomerFacts;
import io.concierge.core.kernel.JobLeases;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.kernel.orders.OrderEventListener;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The standing rules through the set-based SQL on the test database (HSQLDB; PostgreSQL and MariaDB with the
 * profiles): entry, keep and grace, one tier down at a time, the window, cancellations and refunds, the change log,
 * the checkout step, the nightly run under its lease, manual assignment and the customer view's line.
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltyEvaluationIT {

    @Resource(name = "cncLoyaltyEvaluation")
    LoyaltyEvaluation evaluation;

    @Resource(name = "cncLoyalty")
    LoyaltyStandings standings;

    @Resource(name = "cncLoyaltyRecalculation")
    LoyaltyRecalculation recalculation;

    @Resource(name = "cncLoyaltyOrderEvents")
    OrderEventListener orderEvents;

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timeline;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    @Resource(name = "cncJobLeases")
    JobLeases leases;

    @Resource(name = "cncLoyaltyFacts")
    CustomerFacts facts;

    @Resource(name = "cncCaseService")
    CaseService cases;

    private LoyaltyTiers tiers;

    @BeforeEach
    void programme() {
        tiers = LoyaltyTiers.inDatabase();
    }

    private int evaluate(Customer customer, LoyaltyChangeReason reason, Date at) {
        return tiers.inTransaction(status -> evaluation.evaluate(customer.getId(), customer.getId(), reason, at));
    }

    private Long tierIdOf(Customer customer) {
        LoyaltyTier tier = standings.tierOf(customer.getId());
        return tier == null ? null : tier.getId();
    }

    private static Date daysFromNow(int days) {
        return new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(days));
    }

    @Test
    void theValueEntersTheHighestTierItReachesAndEachChangeIsLogged() {
        Customer customer = tiers.registeredCustomer();
        tiers.placed(customer, "60.00", 10);
        tiers.placed(customer, "100.00", 5);

        assertThat(evaluate(customer, LoyaltyChangeReason.ORDER, new Date())).isEqualTo(1);
        assertThat(tierIdOf(customer)).isEqualTo(tiers.trail.getId());
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("160");

        tiers.placed(customer, "400.00", 1);
        evaluate(customer, LoyaltyChangeReason.ORDER, new Date());
        assertThat(tierIdOf(customer)).isEqualTo(tiers.expedition.getId());
        List<LoyaltyChangeImpl> changes = standings.changesOf(customer.getId());
        assertThat(changes).extracting(LoyaltyChangeImpl::getFromTierId, LoyaltyChangeImpl::getToTierId,
                LoyaltyChangeImpl::getReason).containsExactly(
                tuple(tiers.trail.getId(), tiers.expedition.getId(),
                        LoyaltyChangeReason.ORDER),
                tuple(null, tiers.trail.getId(), LoyaltyChangeReason.ORDER));

        assertThat(evaluate(customer, LoyaltyChangeReason.RECALCULATION, new Date())).isZero();
        assertThat(standings.changesOf(customer.getId())).hasSize(2);
    }

    @Test
    void ordersOutsideTheWindowAndGuestsOrdersDoNotCount() {
        Customer customer = tiers.registeredCustomer();
        tiers.placed(customer, "900.00", 400);
        tiers.placed(customer, "70.00", 30);
        evaluate(customer, LoyaltyChangeReason.RECALCULATION, new Date());
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("70");
        assertThat(tierIdOf(customer)).isEqualTo(tiers.trail.getId());

        Customer guest = tiers.guest();
        tiers.placed(guest, "900.00", 1);
        evaluate(guest, LoyaltyChangeReason.ORDER, new Date());
        assertThat(standings.standingOf(guest.getId())).isNull();
    }

    @Test
    void belowTheKeepThresholdTheTierIsKeptForItsGraceDaysThenDropsOneTier() {
        Customer customer = tiers.registeredCustomer();
        Order big = tiers.placed(customer, "250.00", 3);
        evaluate(customer, LoyaltyChangeReason.ORDER, new Date());
        assertThat(tierIdOf(customer)).isEqualTo(tiers.summit.getId());

        tiers.inTransaction(status -> {
            orderEvents.eventRecorded(new RefundEvent(-90_000_000L - big.getId(), big.getId(),
                    new BigDecimal("120.00")));
            return null;
        });
        LoyaltyStandingImpl grace = standings.standingOf(customer.getId());
        assertThat(grace.getTierId()).isEqualTo(tiers.summit.getId());
        assertThat(grace.getMetricValue()).isEqualByComparingTo("130");
        assertThat(grace.getKeepUntil()).isBetween(daysFromNow(29), daysFromNow(31));

        evaluate(customer, LoyaltyChangeReason.RECALCULATION, daysFromNow(10));
        assertThat(tierIdOf(customer)).isEqualTo(tiers.summit.getId());
        assertThat(standings.standingOf(customer.getId()).getKeepUntil()).isEqualTo(grace.getKeepUntil());

        evaluate(customer, LoyaltyChangeReason.RECALCULATION, daysFromNow(31));
        assertThat(tierIdOf(customer)).isEqualTo(tiers.trail.getId());
        assertThat(standings.changesOf(customer.getId()).get(0).getReason()).isEqualTo(LoyaltyChangeReason.DOWNGRADE);
        assertThat(standings.standingOf(customer.getId()).getKeepUntil()).isNull();
    }

    @Test
    void backAboveTheKeepThresholdEndsTheGrace() {
        Customer customer = tiers.registeredCustomer();
        Order first = tiers.placed(customer, "220.00", 3);
        evaluate(customer, LoyaltyChangeReason.ORDER, new Date());
        tiers.inTransaction(status -> {
            orderEvents.eventRecorded(new RefundEvent(-91_000_000L - first.getId(), first.getId(),
                    new BigDecimal("100.00")));
            return null;
        });
        assertThat(standings.standingOf(customer.getId()).getKeepUntil()).isNotNull();

        tiers.placed(customer, "50.00", 1);
        evaluate(customer, LoyaltyChangeReason.ORDER, new Date());
        assertThat(standings.standingOf(customer.getId()).getKeepUntil()).isNull();
        evaluate(customer, LoyaltyChangeReason.RECALCULATION, daysFromNow(60));
        assertThat(tierIdOf(customer)).isEqualTo(tiers.summit.getId());
    }

    @Test
    void theCheckoutStepEvaluatesTheShopperAndACancellationOnTheTimelineCountsAgainstThem() throws Exception {
        TestOrders orders = TestOrders.fromContext();
        Customer customer = tiers.registeredCustomer();
        tiers.placed(customer, "560.00", 2);
        Order checkedOut = orders.checkedOutBy(customer);
        // The checkout step re-evaluated the shopper: 560 + 30 enters Expedition.
        assertThat(tierIdOf(customer)).isEqualTo(tiers.expedition.getId());
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("590");

        tiers.inTransaction(status -> {
            try {
                return timeline.record(checkedOut.getId(), NewOrderEvent.byAgent(OrderEventType.CANCELLED, 42));
            } catch (Exception refused) {
                throw new IllegalStateException(refused);
            }
        });
        // The order care listener path: the cancelled order no longer counts; 560 still keeps Expedition (400).
        assertThat(tierIdOf(customer)).isEqualTo(tiers.expedition.getId());
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("560");
    }

    @Test
    void aWholeCancellationTakesTheOrderOutAndTheDropIsOneTier() {
        Customer customer = tiers.registeredCustomer();
        Order order = tiers.placed(customer, "600.00", 2);
        evaluate(customer, LoyaltyChangeReason.ORDER, new Date());
        assertThat(tierIdOf(customer)).isEqualTo(tiers.expedition.getId());

        tiers.inTransaction(status -> {
            orderEvents.eventRecorded(new RefundEvent(-92_000_000L - order.getId(), order.getId(), null)
                    .ofType(OrderEventType.CANCELLED));
            return null;
        });
        // Expedition has no grace days: down to Summit, not to nothing, although the value is 0.
        assertThat(tierIdOf(customer)).isEqualTo(tiers.summit.getId());
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("0");
        assertThat(standings.changesOf(customer.getId()).get(0).getReason()).isEqualTo(LoyaltyChangeReason.DOWNGRADE);
    }

    @Test
    void theOrderCountMetricCountsOrders() {
        LoyaltyOptions options = storeOptions.read(LoyaltyOptionsImpl.class);
        Customer customer = tiers.registeredCustomer();
        for (int i = 0; i < 60; i++) {
            tiers.placed(customer, "1.00", i + 1);
        }
        options.setMetric(LoyaltyMetric.ORDER_COUNT);
        storeOptions.save(options);
        try {
            evaluate(customer, LoyaltyChangeReason.RECALCULATION, new Date());
        } finally {
            options.setMetric(LoyaltyMetric.NET_SPEND);
            storeOptions.save(options);
        }
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("60");
        assertThat(tierIdOf(customer)).isEqualTo(tiers.trail.getId());
    }

    @Test
    void theNightlyRunCoversEveryCustomerInRangesAndOnlyOneNodeRunsIt() {
        Customer first = tiers.registeredCustomer();
        Customer second = tiers.registeredCustomer();
        tiers.placed(first, "210.00", 3);
        tiers.placed(second, "55.00", 3);
        long batch = recalculation.batchCustomers;
        recalculation.batchCustomers = 3;
        try {
            LoyaltyRecalculation.Outcome outcome = recalculation.runNow();
            assertThat(outcome.isComplete()).isTrue();
            assertThat(outcome.getChanges()).isGreaterThanOrEqualTo(2);
        } finally {
            recalculation.batchCustomers = batch;
        }
        assertThat(tierIdOf(first)).isEqualTo(tiers.summit.getId());
        assertThat(tierIdOf(second)).isEqualTo(tiers.trail.getId());
        assertThat(standings.changesOf(first.getId()).get(0).getReason())
                .isEqualTo(LoyaltyChangeReason.RECALCULATION);

        String otherNode = JobLeases.newHolder();
        assertThat(leases.tryTake(LoyaltyRecalculation.JOB, otherNode, Duration.ofMinutes(5))).isTrue();
        try {
            assertThat(recalculation.runNow()).isNull();
        } finally {
            leases.release(LoyaltyRecalculation.JOB, otherNode);
        }
    }

    @Test
    void staffAssignsATierWithANoteAndTheCustomerViewShowsIt() {
        Customer customer = tiers.registeredCustomer();
        assertThatThrownBy(() -> standings.assign(customer.getId(), tiers.summit.getId(), "  ", null,
                "agent")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note");
        assertThat(standings.standingOf(customer.getId())).isNull();

        standings.assign(customer.getId(), tiers.summit.getId(), "Long-time wholesale customer", null, "agent");
        assertThat(tierIdOf(customer)).isEqualTo(tiers.summit.getId());
        LoyaltyChangeImpl change = standings.changesOf(customer.getId()).get(0);
        assertThat(change.getReason()).isEqualTo(LoyaltyChangeReason.MANUAL);
        assertThat(change.getNote()).isEqualTo("Long-time wholesale customer");
        assertThat(change.getChangedBy()).isEqualTo("agent");
        assertThat(facts.factsAbout(customer.getId())).singleElement().satisfies(fact -> {
            assertThat(fact.getLabelKey()).isEqualTo(LoyaltyFacts.TIER);
            assertThat(fact.getText()).startsWith("Summit since ").endsWith(", priority support");
        });

        List<CaseReason> reasons = cases.reasons();
        CaseOutcome filed = cases.file(NewCase.bySignedInCustomer(customer.getId())
                .about("Priority please", "A Summit customer writes.", reasons.isEmpty() ? null : reasons.get(0).getId())
                .inLocale("en_US"));
        assertThat(filed.isDone()).isTrue();
        assertThat(filed.supportCase().isPriority()).as("Summit has priority support").isTrue();
        assertThat(cases.list(CaseFilter.all(), 0, 1).getCases().get(0).getNumber()).as("listed first")
                .isEqualTo(filed.supportCase().getNumber());
        SupportCase guests = cases.file(NewCase.byGuest("Guest", "guest@example.com").about("Me too",
                "A guest writes.", reasons.isEmpty() ? null : reasons.get(0).getId()).inLocale("en_US")).supportCase();
        assertThat(guests.isPriority()).isFalse();
        assertThat(cases.list(CaseFilter.all(), 0, 1).getCases().get(0).getNumber()).as("still first")
                .isEqualTo(filed.supportCase().getNumber());
        assertThat(cases.list(CaseFilter.all(), 1, 1).getCases().get(0).getNumber()).as("the newest of the rest next")
                .isEqualTo(guests.getNumber());
    }

    @Test
    void anAssignmentInForceHoldsItsTierAsAFloorUntilItsDateOrItsRevocation() {
        Customer held = tiers.registeredCustomer();
        tiers.placed(held, "60.00", 3);
        standings.assign(held.getId(), tiers.summit.getId(), "Press partner", null, "agent");
        evaluate(held, LoyaltyChangeReason.RECALCULATION, daysFromNow(40));
        assertThat(tierIdOf(held)).as("below Summit's keep, past its grace days").isEqualTo(tiers.summit.getId());
        assertThat(standings.standingOf(held.getId()).getKeepUntil()).as("no grace clock runs").isNull();
        tiers.placed(held, "500.00", 1);
        evaluate(held, LoyaltyChangeReason.ORDER, new Date());
        assertThat(tierIdOf(held)).as("orders still lift above the floor").isEqualTo(tiers.expedition.getId());

        Customer dated = tiers.registeredCustomer();
        standings.assign(dated.getId(), tiers.expedition.getId(), "Until the launch", daysFromNow(10), "agent");
        evaluate(dated, LoyaltyChangeReason.RECALCULATION, daysFromNow(9));
        assertThat(tierIdOf(dated)).isEqualTo(tiers.expedition.getId());
        evaluate(dated, LoyaltyChangeReason.RECALCULATION, daysFromNow(11));
        assertThat(tierIdOf(dated)).as("Expedition has no grace: one tier down").isEqualTo(tiers.summit.getId());
        assertThat(standings.changesOf(dated.getId()).get(0).getReason()).isEqualTo(LoyaltyChangeReason.DOWNGRADE);

        Customer revoked = tiers.registeredCustomer();
        standings.assign(revoked.getId(), tiers.summit.getId(), "By mistake", null, "agent");
        assertThat(standings.revoke(revoked.getId(), "lead")).isTrue();
        assertThat(standings.revoke(revoked.getId(), "lead")).isFalse();
        assertThat(standings.assignmentOf(revoked.getId())).isNull();
        assertThat(tierIdOf(revoked)).isEqualTo(tiers.summit.getId());
        assertThat(standings.standingOf(revoked.getId()).getKeepUntil()).as("Summit's 30 grace days start")
                .isAfter(daysFromNow(29));
        LoyaltyChangeImpl revocation = standings.changesOf(revoked.getId()).get(0);
        assertThat(revocation.getNote()).isEqualTo("Revoked: By mistake");
        assertThat(revocation.getChangedBy()).isEqualTo("lead");
        assertThat(standings.changes(revoked.getId(), 0, 50)).hasSize(2);
        assertThat(standings.changeCount(revoked.getId())).isEqualTo(2);
        assertThat(standings.changeCount(null)).isGreaterThanOrEqualTo(standings.changes(null, 0, 5).size());
    }

    @Test
    void aBadAssignmentIsRefusedFieldByField() {
        assertThat(standings.checkAssignment(null, "", daysFromNow(-1)))
                .containsEntry(LoyaltyStandings.TIER, LoyaltyStandings.NO_SUCH_TIER)
                .containsEntry(LoyaltyStandings.NOTE, LoyaltyStandings.NOTE_NEEDED)
                .containsEntry(LoyaltyStandings.KEPT_UNTIL, LoyaltyStandings.DATE_PAST);
        assertThat(standings.checkAssignment(-999_999L, "why", null)).containsOnlyKeys(LoyaltyStandings.TIER);
        assertThat(standings.checkAssignment(tiers.trail.getId(), "why", daysFromNow(1))).isEmpty();
    }
}
