package io.concierge.core.loyalty;

import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The what-if simulator on the test database (HSQLDB; PostgreSQL and MariaDB with the profiles): a draft that lowers
 * Summit and raises Expedition and counts every order moves the customers it should, in the list and the CSV; the
 * tiers' counts and the perks' cost it predicts are those that saving the draft and recalculating then give; a bad
 * draft gets field errors and changes nothing. The saved thresholds are put back afterwards.
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltySimulatorIT {

    @Resource(name = "cncLoyaltySimulator")
    LoyaltySimulator simulator;

    @Resource(name = "cncLoyaltyRecalculation")
    LoyaltyRecalculation recalculation;

    @Resource(name = "cncLoyalty")
    LoyaltyStandings standings;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private LoyaltyTiers tiers;

    @BeforeEach
    void programme() {
        tiers = LoyaltyTiers.inDatabase();
    }

    /** Summit from 150 (kept from 120), Expedition from 600 (kept from 550, no grace), every order counting. */
    private Map<String, String> draftForm() {
        Map<String, String> form = new LinkedHashMap<String, String>();
        form.put("window", "LIFETIME");
        form.put("entry-" + tiers.trail.getId(), "50");
        form.put("keep-" + tiers.trail.getId(), "40");
        form.put("entry-" + tiers.summit.getId(), "150");
        form.put("keep-" + tiers.summit.getId(), "120");
        form.put("entry-" + tiers.expedition.getId(), "600.00");
        form.put("keep-" + tiers.expedition.getId(), "550");
        return form;
    }

    @Test
    void theDraftsCountsAndCostsAreWhatSavingAndRecalculatingGive() throws Exception {
        Customer nearSummit = tiers.registeredCustomer();
        tiers.placed(nearSummit, "170.00", "10.00", 5);
        Customer expedition = tiers.registeredCustomer();
        tiers.placed(expedition, "500.00", "20.00", 9);
        Customer lapsed = tiers.registeredCustomer();
        tiers.placed(lapsed, "300.00", "5.00", 400);
        await().atMost(Duration.ofSeconds(30)).until(() -> recalculation.runNow() != null);
        assertThat(tierIdOf(nearSummit)).isEqualTo(tiers.trail.getId());
        assertThat(tierIdOf(expedition)).isEqualTo(tiers.expedition.getId());
        // Out of the saved window, the lapsed order counts in the lifetime value the standing keeps beside it.
        assertThat(standings.standingOf(lapsed.getId()).getTierId()).isNull();

        LoyaltyDraft saved = simulator.savedDraft();
        LoyaltyDraft draft = LoyaltyDraft.fromForm(draftForm());
        assertThat(simulator.check(draft)).isEmpty();
        String run = simulator.simulate(draft, "tester");
        try {
            assertThat(saved.getWindow()).isNotEqualTo(draft.getWindow());
            assertThat(em.find(LoyaltySimulationImpl.class, run).isStoredValues()).isTrue();
            LoyaltySimulation figures = simulator.figures(run);
            assertThat(figures.getWindow()).isEqualTo(LoyaltyWindow.LIFETIME);
            assertThat(figures.getTiers()).extracting(tier -> tier.getDraft().getEntry())
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("50"), new BigDecimal("150"), new BigDecimal("600"));
            assertThat(simulator.draftOf(run).entryOf(tiers.expedition.getId())).isEqualTo("600.00");

            long movers = simulator.moverCount(run);
            assertThat(movers).isEqualTo(figures.getMovingUp() + figures.getMovingDown()).isGreaterThanOrEqualTo(3);
            List<LoyaltySimulation.Mover> all = new ArrayList<LoyaltySimulation.Mover>();
            for (int page = 0; page * LoyaltySimulator.PAGE_SIZE < movers; page++) {
                List<LoyaltySimulation.Mover> onPage = simulator.movers(run, page);
                assertThat(onPage.size()).isLessThanOrEqualTo(LoyaltySimulator.PAGE_SIZE);
                all.addAll(onPage);
            }
            assertThat(all).hasSize((int) movers);
            assertThat(all).filteredOn(mover -> mover.getCustomerId() == nearSummit.getId()
                            || mover.getCustomerId() == expedition.getId() || mover.getCustomerId() == lapsed.getId())
                    .extracting(LoyaltySimulation.Mover::getEmail, mover -> nameOf(mover.getFrom()),
                            mover -> nameOf(mover.getTo()), LoyaltySimulation.Mover::isUp)
                    .containsExactlyInAnyOrder(
                            tuple(nearSummit.getEmailAddress(), "Trail", "Summit", true),
                            tuple(expedition.getEmailAddress(), "Expedition", "Summit", false),
                            tuple(lapsed.getEmailAddress(), null, "Summit", true));
            StringBuilder csv = new StringBuilder();
            simulator.moversAsCsv(run, csv);
            String[] lines = csv.toString().split("\r\n");
            assertThat(lines).hasSize((int) movers + 1);
            assertThat(lines[0]).isEqualTo("customer_id,email,name,value,from_tier,to_tier,direction");
            assertThat(csv.toString()).contains(nearSummit.getId() + "," + nearSummit.getEmailAddress()
                    + ",,180.00,Trail,Summit,up", expedition.getId() + "," + expedition.getEmailAddress()
                    + ",,520.00,Expedition,Summit,down");
            // Nothing is applied by a simulation.
            assertThat(tierIdOf(nearSummit)).isEqualTo(tiers.trail.getId());

            saveAndRecalculate(draft);
            assertThat(tierIdOf(nearSummit)).isEqualTo(tiers.summit.getId());
            assertThat(tierIdOf(expedition)).isEqualTo(tiers.summit.getId());
            assertThat(tierIdOf(lapsed)).isEqualTo(tiers.summit.getId());
            Map<Long, Long> held = holders();
            for (LoyaltySimulation.TierFigures tier : figures.getTiers()) {
                assertThat(held.getOrDefault(tier.getTier().getId(), 0L)).as(tier.getTier().getNameEn())
                        .isEqualTo(tier.getCustomersDraft());
            }
            // A draft equal to what is saved now moves nobody, and its "now" is the first draft's prediction.
            String again = simulator.simulate(simulator.savedDraft(), "tester");
            LoyaltySimulation after = simulator.figures(again);
            assertThat(simulator.moverCount(again)).isZero();
            assertThat(after.getWithoutTierNow()).isEqualTo(figures.getWithoutTierDraft());
            for (int i = 0; i < figures.getTiers().size(); i++) {
                LoyaltySimulation.TierFigures predicted = figures.getTiers().get(i);
                LoyaltySimulation.TierFigures found = after.getTiers().get(i);
                assertThat(found.getCustomersNow()).isEqualTo(predicted.getCustomersDraft());
                assertThat(found.getMonthlyCostNow()).isEqualByComparingTo(predicted.getMonthlyCostDraft());
                assertThat(found.getMonthlyCostDraft()).isEqualByComparingTo(found.getMonthlyCostNow());
            }
        } finally {
            saveAndRecalculate(saved);
        }
    }

    @Test
    void aDraftThatKeepsTheWindowIsDecidedOverTheStoredValuesAsSavingAndRecalculatingWould() throws Exception {
        Customer nearSummit = tiers.registeredCustomer();
        tiers.placed(nearSummit, "170.00", "10.00", 5);
        Customer expedition = tiers.registeredCustomer();
        tiers.placed(expedition, "500.00", "20.00", 9);
        await().atMost(Duration.ofSeconds(30)).until(() -> recalculation.runNow() != null);
        LoyaltyDraft saved = simulator.savedDraft();
        Map<String, String> form = draftForm();
        form.put("window", saved.getWindow());
        LoyaltyDraft draft = LoyaltyDraft.fromForm(form);
        String run = simulator.simulate(draft, "tester");
        try {
            assertThat(em.find(LoyaltySimulationImpl.class, run).isStoredValues()).isTrue();
            LoyaltySimulation figures = simulator.figures(run);
            List<LoyaltySimulation.Mover> all = allMovers(run);
            assertThat(all).hasSize((int) (figures.getMovingUp() + figures.getMovingDown()));
            assertThat(all).filteredOn(mover -> mover.getCustomerId() == nearSummit.getId()
                            || mover.getCustomerId() == expedition.getId())
                    .extracting(LoyaltySimulation.Mover::getValue, mover -> nameOf(mover.getFrom()),
                            mover -> nameOf(mover.getTo()), LoyaltySimulation.Mover::isUp)
                    .containsExactlyInAnyOrder(tuple(new BigDecimal("180.00"), "Trail", "Summit", true),
                            tuple(new BigDecimal("520.00"), "Expedition", "Summit", false));
            StringBuilder csv = new StringBuilder();
            simulator.moversAsCsv(run, csv);
            assertThat(csv.toString().split("\r\n")).hasSize(all.size() + 1);
            assertThat(tierIdOf(nearSummit)).isEqualTo(tiers.trail.getId());

            saveAndRecalculate(draft);
            assertThat(tierIdOf(nearSummit)).isEqualTo(tiers.summit.getId());
            assertThat(tierIdOf(expedition)).isEqualTo(tiers.summit.getId());
            Map<Long, Long> held = holders();
            for (LoyaltySimulation.TierFigures tier : figures.getTiers()) {
                assertThat(held.getOrDefault(tier.getTier().getId(), 0L)).as(tier.getTier().getNameEn())
                        .isEqualTo(tier.getCustomersDraft());
            }
        } finally {
            saveAndRecalculate(saved);
        }
    }

    /**
     * A standing written before the windows' values were stored (its lifetime value null) is measured anew by the
     * recalculation's statements; the next recalculation stores the value and the simulator reads it again.
     */
    @Test
    void aStandingWithoutTheDraftWindowsValueIsMeasuredAnewUntilARecalculationStoresIt() throws Exception {
        Customer customer = tiers.registeredCustomer();
        tiers.placed(customer, "170.00", "10.00", 5);
        tiers.placed(customer, "300.00", "0.00", 400);
        await().atMost(Duration.ofSeconds(30)).until(() -> recalculation.runNow() != null);
        assertThat(tierIdOf(customer)).isEqualTo(tiers.trail.getId());
        assertThat(standings.standingOf(customer.getId()).getValueIn(LoyaltyWindow.LIFETIME))
                .isEqualByComparingTo("480.00");
        tiers.inTransaction(status -> em.createNativeQuery("UPDATE CNC_LOYALTY_STANDING SET VALUE_LIFETIME = NULL"
                + " WHERE CUSTOMER_ID = :customer").setParameter("customer", customer.getId()).executeUpdate());
        LoyaltyDraft draft = LoyaltyDraft.fromForm(draftForm());

        String measured = simulator.simulate(draft, "tester");
        assertThat(em.find(LoyaltySimulationImpl.class, measured).isStoredValues()).isFalse();
        assertThat(moverOf(measured, customer)).isEqualTo(tuple(new BigDecimal("480.00"), "Trail", "Summit"));

        await().atMost(Duration.ofSeconds(30)).until(() -> recalculation.runNow() != null);
        String stored = simulator.simulate(draft, "tester");
        assertThat(em.find(LoyaltySimulationImpl.class, stored).isStoredValues()).isTrue();
        assertThat(moverOf(stored, customer)).isEqualTo(tuple(new BigDecimal("480.00"), "Trail", "Summit"));
    }

    /** Every page of a simulation's movers. */
    private List<LoyaltySimulation.Mover> allMovers(String run) {
        List<LoyaltySimulation.Mover> all = new ArrayList<LoyaltySimulation.Mover>();
        for (int page = 0; page * LoyaltySimulator.PAGE_SIZE < simulator.moverCount(run); page++) {
            all.addAll(simulator.movers(run, page));
        }
        return all;
    }

    /** The customer's value, from and to tier in a simulation's movers. */
    private Tuple moverOf(String run, Customer customer) {
        return allMovers(run).stream().filter(mover -> mover.getCustomerId() == customer.getId())
                .map(mover -> tuple(mover.getValue(), nameOf(mover.getFrom()), nameOf(mover.getTo())))
                .findFirst().orElse(null);
    }

    @Test
    void thePerksCostIsTheDiscountOfTheSpendAndTheShippingOfFreeShippingTiersPerMonth() {
        Customer shopper = tiers.registeredCustomer();
        tiers.placed(shopper, "1200.00", "36.00", 20);
        await().atMost(Duration.ofSeconds(30)).until(() -> recalculation.runNow() != null);
        assertThat(tierIdOf(shopper)).isEqualTo(tiers.expedition.getId());
        // Raising Expedition over the shopper's value moves them to Summit (10 % off, shipping paid).
        Map<String, String> form = new HashMap<String, String>(draftForm());
        form.put("window", "ROLLING_12_MONTHS");
        form.put("entry-" + tiers.expedition.getId(), "5000");
        form.put("keep-" + tiers.expedition.getId(), "5000");
        String run = simulator.simulate(LoyaltyDraft.fromForm(form), "tester");
        LoyaltySimulation figures = simulator.figures(run);
        Map<Long, LoyaltySimulation.TierFigures> byTier = new HashMap<Long, LoyaltySimulation.TierFigures>();
        figures.getTiers().forEach(tier -> byTier.put(tier.getTier().getId(), tier));
        LoyaltySimulation.TierFigures expedition = byTier.get(tiers.expedition.getId());
        LoyaltySimulation.TierFigures summit = byTier.get(tiers.summit.getId());
        assertThat(expedition.getCustomersDraft()).isZero();
        assertThat(expedition.getMonthlyCostDraft()).isEqualByComparingTo("0");
        // Everyone in Expedition now moves to Summit: what Expedition costs now is their shipping, what they add to
        // Summit is 10 % of their goods; this shopper's part is 36.00 / 12 and 120.00 / 12.
        assertThat(expedition.getMonthlyCostNow()).isGreaterThanOrEqualTo(new BigDecimal("3.00"));
        assertThat(summit.getMonthlyCostDraft().subtract(summit.getMonthlyCostNow()))
                .isGreaterThanOrEqualTo(new BigDecimal("10.00"));
        assertThat(figures.getMonthlyCostDraft()).isEqualByComparingTo(summit.getMonthlyCostDraft()
                .add(byTier.get(tiers.trail.getId()).getMonthlyCostDraft()));
    }

    @Test
    void aBadDraftGetsFieldErrorsAndChangesNothing() {
        Map<String, String> form = draftForm();
        form.put("window", "WEEKLY");
        form.put("entry-" + tiers.trail.getId(), "fifty");
        form.put("entry-" + tiers.summit.getId(), "700");
        form.put("keep-" + tiers.expedition.getId(), "650");
        LoyaltyDraft draft = LoyaltyDraft.fromForm(form);
        BigDecimal summitBefore = entryOf(tiers.summit);

        Map<String, String> errors = simulator.check(draft);
        assertThat(errors).containsEntry("window", LoyaltySimulator.UNKNOWN_WINDOW)
                .containsEntry("entry-" + tiers.trail.getId(), LoyaltySimulator.NOT_A_NUMBER)
                .containsEntry("entry-" + tiers.summit.getId(), LoyaltyTierRules.ENTRY_OUT_OF_ORDER)
                .containsEntry("keep-" + tiers.expedition.getId(), LoyaltyTierRules.KEEP_ABOVE_ENTRY);
        LoyaltySimulator.Saving saving = simulator.save(draft);
        assertThat(saving.getErrors()).isEqualTo(errors);
        assertThat(saving.getRecalculation()).isNull();
        assertThat(entryOf(tiers.summit)).isEqualByComparingTo(summitBefore);
        assertThatThrownBy(() -> simulator.simulate(draft, "tester")).isInstanceOf(IllegalArgumentException.class);
        assertThat(simulator.figures("no-such-run")).isNull();
        assertThat(simulator.draftOf("no-such-run")).isNull();
    }

    /** Saves, waits for the recalculation the save started, and recalculates once more (its lease is free then). */
    private void saveAndRecalculate(LoyaltyDraft draft) throws Exception {
        LoyaltySimulator.Saving saving = simulator.save(draft);
        assertThat(saving.getErrors()).isEmpty();
        saving.getRecalculation().get(30, TimeUnit.SECONDS);
        assertThat(recalculation.runNow()).isNotNull();
    }

    private BigDecimal entryOf(LoyaltyTier tier) {
        return tiers.inTransaction(status -> em.find(LoyaltyTierImpl.class, tier.getId()).getEntryThreshold());
    }

    private Long tierIdOf(Customer customer) {
        LoyaltyTier tier = standings.tierOf(customer.getId());
        return tier == null ? null : tier.getId();
    }

    private static String nameOf(LoyaltyTier tier) {
        return tier == null ? null : tier.getNameEn();
    }

    /** How many customers hold each tier, read from the standings. */
    private Map<Long, Long> holders() {
        Function<Object, Long> number = value -> ((Number) value).longValue();
        Map<Long, Long> held = new HashMap<Long, Long>();
        tiers.inTransaction(status -> {
            for (Object row : em.createQuery("select s.tierId, count(s) from LoyaltyStandingImpl s"
                    + " where s.tierId is not null group by s.tierId").getResultList()) {
                Object[] pair = (Object[]) row;
                held.put(number.apply(pair[0]), number.apply(pair[1]));
            }
            return null;
        });
        return held;
    }
}
