package io.concierge.core.loyalty;

import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Date;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Points as the metric, through the set-based SQL on the test database (HSQLDB; PostgreSQL and MariaDB with the
 * profiles): the window's net spend times the points per unit, rounded down, plus staff's points dated in the window;
 * each adjustment re-evaluates the customer (a change logged as manual); the tiers' thresholds and keep rules read
 * points alike; bad adjustments get field errors and change nothing. The options are put back afterwards.
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltyPointsIT {

    @Resource(name = "cncLoyaltyPoints")
    LoyaltyPoints points;

    @Resource(name = "cncLoyalty")
    LoyaltyStandings standings;

    @Resource(name = "cncLoyaltyEvaluation")
    LoyaltyEvaluation evaluation;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private LoyaltyTiers tiers;

    @BeforeEach
    void countPointsTwoPerUnit() {
        tiers = LoyaltyTiers.inDatabase();
        LoyaltyOptions options = storeOptions.read(LoyaltyOptionsImpl.class);
        options.setMetric(LoyaltyMetric.POINTS);
        options.setPointsPerUnit(2);
        storeOptions.save(options);
    }

    @AfterEach
    void netSpendAgain() {
        LoyaltyOptions options = storeOptions.read(LoyaltyOptionsImpl.class);
        options.setMetric(LoyaltyMetric.NET_SPEND);
        options.setPointsPerUnit(1);
        storeOptions.save(options);
    }

    @Test
    void pointsAreTheWindowsNetSpendTimesTheRateRoundedDownPlusStaffsPointsInTheWindow() {
        Customer customer = tiers.registeredCustomer();
        tiers.placed(customer, "30.60", 10);
        tiers.placed(customer, "12.25", 5);
        tiers.placed(customer, "900.00", 400);
        adjustedLongAgo(customer, 5000);
        evaluate(customer);
        // 42.85 × 2 = 85.70: 85 points; the old order and the old adjustment are outside the last 12 months.
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("85");
        assertThat(tierIdOf(customer)).isEqualTo(tiers.trail.getId());
        assertThat(standings.progressOf(customer.getId()).getMissing()).isEqualByComparingTo("115");

        points.adjust(customer.getId(), "+120", "  Goodwill for a late parcel ", "tester");
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("205");
        assertThat(tierIdOf(customer)).isEqualTo(tiers.summit.getId());
        assertThat(standings.changesOf(customer.getId()).get(0)).extracting(LoyaltyChangeImpl::getFromTierId,
                LoyaltyChangeImpl::getToTierId, LoyaltyChangeImpl::getReason)
                .containsExactly(tiers.trail.getId(), tiers.summit.getId(), LoyaltyChangeReason.MANUAL);
        assertThat(points.adjustments(customer.getId(), 10)).extracting(LoyaltyPointsAdjustmentImpl::getPoints,
                LoyaltyPointsAdjustmentImpl::getNote, LoyaltyPointsAdjustmentImpl::getAdjustedBy)
                .containsExactly(tuple(120, "Goodwill for a late parcel", "tester"), tuple(5000, "Old", "tester"));

        // Below Summit's keep threshold (150): kept for its 30 grace days, not dropped at once.
        points.adjust(customer.getId(), "-100", "Points given twice", "tester");
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("105");
        assertThat(tierIdOf(customer)).isEqualTo(tiers.summit.getId());
        assertThat(standings.standingOf(customer.getId()).getKeepUntil()).isAfter(new Date());
    }

    @Test
    void staffsPointsAloneEnterATierAndTheNightlyRunCountsThem() {
        Customer customer = tiers.registeredCustomer();
        points.adjust(customer.getId(), "510", "Welcome offer for a partner", "tester");
        assertThat(tierIdOf(customer)).isEqualTo(tiers.expedition.getId());
        tiers.inTransaction(status -> evaluation.evaluate(customer.getId(), customer.getId(),
                LoyaltyChangeReason.RECALCULATION, new Date()));
        assertThat(standings.standingOf(customer.getId()).getMetricValue()).isEqualByComparingTo("510");
        assertThat(points.adjustmentsSince(new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1))))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aBadAdjustmentGetsFieldErrorsAndChangesNothing() {
        Customer customer = tiers.registeredCustomer();
        for (String bad : new String[] {"", "0", "twelve", "1.5", "2000000", "-1000001"}) {
            assertThat(points.check(bad, "why")).as(bad)
                    .containsEntry(LoyaltyPoints.POINTS, LoyaltyPoints.POINTS_NEEDED);
        }
        assertThat(points.check("10", " ")).containsEntry(LoyaltyStandings.NOTE, LoyaltyStandings.NOTE_NEEDED)
                .doesNotContainKey(LoyaltyPoints.POINTS);
        assertThat(points.check("-1000000", "Fraud")).isEmpty();
        assertThatThrownBy(() -> points.adjust(customer.getId(), "0", "why", "tester"))
                .isInstanceOf(IllegalArgumentException.class);

        netSpendAgain();
        assertThat(points.check("10", "why")).containsEntry(LoyaltyPoints.POINTS, LoyaltyPoints.NOT_COUNTING_POINTS);
        assertThatThrownBy(() -> points.adjust(customer.getId(), "10", "why", "tester"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(points.adjustments(customer.getId(), 10)).isEmpty();
        assertThat(standings.standingOf(customer.getId())).isNull();
    }

    private void evaluate(Customer customer) {
        tiers.inTransaction(status -> evaluation.evaluate(customer.getId(), customer.getId(),
                LoyaltyChangeReason.RECALCULATION, new Date()));
    }

    /** An adjustment dated 400 days ago, as the ledger keeps them. */
    private void adjustedLongAgo(Customer customer, int adjusted) {
        tiers.inTransaction(status -> {
            LoyaltyPointsAdjustmentImpl old = new LoyaltyPointsAdjustmentImpl();
            old.customerId = customer.getId();
            old.points = adjusted;
            old.note = "Old";
            old.adjustedBy = "tester";
            old.adjustedAt = new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(400));
            em.persist(old);
            return null;
        });
    }

    private Long tierIdOf(Customer customer) {
        LoyaltyTier tier = standings.tierOf(customer.getId());
        return tier == null ? null : tier.getId();
    }
}
