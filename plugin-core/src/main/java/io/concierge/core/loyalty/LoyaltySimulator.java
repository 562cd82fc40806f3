package io.concierge.core.loyalty;

import io.concierge.core.kernel.CsvCells;
import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.kernel.orders.OrderDeductionImpl;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.persistence.TemporalType;

/**
 * The what-if simulator (admin: Customer Service › Loyalty simulator): decides every customer's standing by a draft
 * of the thresholds and window with the recalculation's decision, over the standings' stored values in the draft's
 * window ({@link LoyaltyEvaluation#storedValuesDecided}; measured anew with {@link LoyaltyEvaluation#simulate} while
 * standings lack them), and reads how many customers each tier would hold, who would move and what the perks would
 * cost; saving a draft writes it to the tiers and options and starts a recalculation.
 */
@Component("cncLoyaltySimulator")
public class LoyaltySimulator {

    /** A simulation's rows are removed by the first simulation run this many hours after it. */
    public static final int KEEP_HOURS = 24;

    /** The movers' list shows this many a page. */
    public static final int PAGE_SIZE = 50;

    public static final String NOT_A_NUMBER = "LoyaltySimulator_notANumber";
    public static final String UNKNOWN_WINDOW = "LoyaltySimulator_unknownWindow";

    /** Orders {@code o} of the last 12 months that count for the perks' cost: not cancelled or wholly refunded. */
    private static final String YEAR_OF_ORDERS = "o.SUBMIT_DATE >= :yearAgo AND " + LoyaltyEvaluation.PLACED
            + " AND NOT EXISTS (SELECT 1 FROM " + OrderDeductionImpl.TABLE + " d WHERE d.ORDER_ID = o.ORDER_ID"
            + " AND d.KIND IN ('CANCELLED', 'REFUNDED'))";

    private static final String UP = "e.CHANGED = 1 AND e.NEW_RANK IS NOT NULL"
            + " AND (e.OLD_RANK IS NULL OR e.NEW_RANK > e.OLD_RANK)";

    private static final BigDecimal MONTHS = new BigDecimal(12);
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncLoyaltyEvaluation")
    protected LoyaltyEvaluation evaluation;

    @Resource(name = "cncLoyaltyRecalculation")
    protected LoyaltyRecalculation recalculation;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @Resource(name = "blTransactionManager")
    protected PlatformTransactionManager transactionManager;

    /** The saved thresholds, as a draft to start from. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LoyaltyDraft savedDraft() {
        return LoyaltyDraft.of(evaluation.savedThresholds());
    }

    /** The draft a simulation ran, or null for an unknown (or forgotten) simulation. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LoyaltyDraft draftOf(String run) {
        LoyaltySimulationImpl simulation = em.find(LoyaltySimulationImpl.class, run);
        if (simulation == null) {
            return null;
        }
        return LoyaltyDraft.of(runThresholds(simulation));
    }

    /**
     * What is wrong with a draft, by form field ({@link LoyaltyDraft}'s names) to message key: a window that is not
     * one of the choices, a threshold that is not a number, and the tier form's rules (thresholds out of order, a
     * keep threshold above the entry). Empty when the draft may be simulated and saved.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<String, String> check(LoyaltyDraft draft) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (LoyaltyWindow.getInstance(draft.getWindow()) == null) {
            errors.put(LoyaltyDraft.WINDOW, UNKNOWN_WINDOW);
        }
        List<LoyaltyTier> drafted = new ArrayList<LoyaltyTier>();
        for (LoyaltyTier saved : tiers()) {
            LoyaltyTierImpl copy = new LoyaltyTierImpl();
            copy.setId(saved.getId());
            copy.setRank(saved.getRank());
            copy.setGraceDays(saved.getGraceDays());
            copy.setDiscountPercent(saved.getDiscountPercent());
            copy.setEntryThreshold(typed(draft.entryOf(saved.getId()), saved.getEntryThreshold(),
                    LoyaltyDraft.ENTRY_PREFIX + saved.getId(), errors));
            copy.setKeepThreshold(typed(draft.keepOf(saved.getId()), saved.getKeepThreshold(),
                    LoyaltyDraft.KEEP_PREFIX + saved.getId(), errors));
            drafted.add(copy);
        }
        for (LoyaltyTier tier : drafted) {
            Map<String, String> broken = LoyaltyTierRules.violations(tier, drafted);
            putUnlessThere(errors, LoyaltyDraft.ENTRY_PREFIX + tier.getId(), broken.get(LoyaltyTierRules.ENTRY));
            putUnlessThere(errors, LoyaltyDraft.KEEP_PREFIX + tier.getId(), broken.get(LoyaltyTierRules.KEEP));
        }
        return errors;
    }

    /**
     * Decides every customer's standing by the draft, changing no standing, and keeps the outcome for
     * {@link #figures}, {@link #movers} and {@link #moversAsCsv}; forgets the simulations older than
     * {@value #KEEP_HOURS} hours.
     *
     * @param draft a draft {@link #check} passes
     * @return the simulation's id
     * @throws IllegalArgumentException when {@link #check} finds something wrong; nothing is simulated then
     */
    @Transactional("blTransactionManager")
    public String simulate(LoyaltyDraft draft, String simulatedBy) {
        Map<String, String> errors = check(draft);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("The draft has errors: " + errors);
        }
        Date now = DatabaseTimes.toTheSecond(new Date());
        for (String old : em.createQuery("select s.runId from LoyaltySimulationImpl s where s.simulatedAt < :before",
                String.class).setParameter("before", new Date(now.getTime() - TimeUnit.HOURS.toMillis(KEEP_HOURS)))
                .getResultList()) {
            evaluation.forget(old);
            em.remove(em.find(LoyaltySimulationImpl.class, old));
        }
        LoyaltyThresholds thresholds = thresholdsOf(draft);
        LoyaltySimulationImpl simulation = new LoyaltySimulationImpl();
        // The standings hold every window's value (the checkout and the order events keep them current, the nightly
        // run the windows' moving edges), so only the thresholds need deciding anew; standings written before the
        // windows' values were stored are measured anew until the night has written them.
        simulation.storedValues = evaluation.storesValuesIn(thresholds.getWindow());
        simulation.runId = simulation.storedValues ? evaluation.prepare(thresholds, now)
                : evaluation.simulate(thresholds, now);
        simulation.simulatedAt = now;
        simulation.simulatedBy = simulatedBy;
        simulation.window = thresholds.getWindow().getType();
        em.persist(simulation);
        return simulation.runId;
    }

    /** @return the simulation's figures, or null for an unknown (or forgotten) simulation */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LoyaltySimulation figures(String run) {
        LoyaltySimulationImpl simulation = em.find(LoyaltySimulationImpl.class, run);
        if (simulation == null) {
            return null;
        }
        Date yearAgo = Date.from(simulation.simulatedAt.toInstant().atZone(ZoneOffset.UTC).minusMonths(12)
                .toInstant());
        Map<Long, long[]> customersNow = new HashMap<Long, long[]>();
        Map<Long, long[]> customersDraft = new HashMap<Long, long[]>();
        long[] moves = new long[3];
        for (Object row : onRun(em.createNativeQuery("SELECT f.OLD_TIER_ID, f.NEW_TIER_ID, f.MOVING, f.STARTING_GRACE,"
                + " COUNT(*) AS CUSTOMERS FROM (SELECT e.OLD_TIER_ID, e.NEW_TIER_ID, CASE WHEN " + UP + " THEN 1"
                + " WHEN e.CHANGED = 1 THEN 2 ELSE 0 END AS MOVING, CASE WHEN e.CHANGED = 0 AND e.BELOW_KEEP = 1"
                + " AND e.OLD_KEEP_UNTIL IS NULL THEN 1 ELSE 0 END AS STARTING_GRACE FROM " + rowsOf(simulation)
                + ") f GROUP BY f.OLD_TIER_ID, f.NEW_TIER_ID, f.MOVING, f.STARTING_GRACE"), simulation)
                .getResultList()) {
            Object[] group = (Object[]) row;
            long customers = count(group[4]);
            add(customersNow, tierId(group[0]), customers);
            add(customersDraft, tierId(group[1]), customers);
            int moving = (int) count(group[2]);
            if (moving > 0) {
                moves[moving - 1] += customers;
            }
            moves[2] += count(group[3]) * customers;
        }
        // Only customers who hold a tier with perks, now or with the draft, cost anything: the others' orders are
        // left out of the join (in the benchmark, the lowest tier's 276 451 customers).
        List<LoyaltyTier> tiers = tiers();
        StringBuilder costing = new StringBuilder();
        for (LoyaltyTier tier : tiers) {
            if (tier.getDiscountPercent().signum() > 0 || tier.isFreeShipping()) {
                costing.append(costing.length() == 0 ? "" : ", ").append(tier.getId().longValue());
            }
        }
        Map<Long, BigDecimal[]> spendNow = new HashMap<Long, BigDecimal[]>();
        Map<Long, BigDecimal[]> spendDraft = new HashMap<Long, BigDecimal[]>();
        for (Object row : costing.length() == 0 ? new ArrayList<Object>() : onRun(em.createNativeQuery(
                "SELECT e.OLD_TIER_ID, e.NEW_TIER_ID,"
                + " SUM(COALESCE(o.ORDER_SUBTOTAL, 0)) AS SPEND, SUM(COALESCE(o.TOTAL_SHIPPING, 0)) AS SHIPPING"
                + " FROM " + rowsOf(simulation) + " JOIN BLC_ORDER o ON o.CUSTOMER_ID = e.CUSTOMER_ID"
                + " WHERE (e.OLD_TIER_ID IN (" + costing + ") OR e.NEW_TIER_ID IN (" + costing + ")) AND "
                + YEAR_OF_ORDERS + " GROUP BY e.OLD_TIER_ID, e.NEW_TIER_ID"), simulation)
                .setParameter("yearAgo", yearAgo).getResultList()) {
            Object[] group = (Object[]) row;
            BigDecimal[] spend = {new BigDecimal(group[2].toString()), new BigDecimal(group[3].toString())};
            add(spendNow, tierId(group[0]), spend);
            add(spendDraft, tierId(group[1]), spend);
        }
        LoyaltyThresholds thresholds = runThresholds(simulation);
        List<LoyaltySimulation.TierFigures> figures = new ArrayList<LoyaltySimulation.TierFigures>();
        for (LoyaltyTier tier : tiers) {
            figures.add(new LoyaltySimulation.TierFigures(tier, thresholds.tier(tier.getId()),
                    customers(customersNow.get(tier.getId())), customers(customersDraft.get(tier.getId())),
                    monthlyCost(tier, spendNow.get(tier.getId())), monthlyCost(tier, spendDraft.get(tier.getId()))));
        }
        return new LoyaltySimulation(run, simulation.simulatedAt, simulation.getWindow(), figures,
                customers(customersNow.get(null)), customers(customersDraft.get(null)), moves[0], moves[1],
                moves[2]);
    }

    /** One page (from 0) of the customers the draft would move, by customer id. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<LoyaltySimulation.Mover> movers(String run, int page) {
        LoyaltySimulationImpl simulation = em.find(LoyaltySimulationImpl.class, run);
        return simulation == null ? new ArrayList<LoyaltySimulation.Mover>()
                : movers(simulation, Math.max(0, page) * PAGE_SIZE, PAGE_SIZE, tiersById());
    }

    /** How many customers the draft would move. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long moverCount(String run) {
        LoyaltySimulationImpl simulation = em.find(LoyaltySimulationImpl.class, run);
        return simulation == null ? 0 : count(onRun(em.createNativeQuery("SELECT COUNT(*) AS MOVERS FROM "
                + rowsOf(simulation) + " WHERE e.CHANGED = 1"), simulation).getSingleResult());
    }

    /**
     * Every customer the draft would move, as CSV (a header, then one line per customer by id), read a thousand at a
     * time; a cell a spreadsheet would take for a formula gets a leading apostrophe.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public void moversAsCsv(String run, Appendable out) throws IOException {
        LoyaltySimulationImpl simulation = em.find(LoyaltySimulationImpl.class, run);
        Map<Long, LoyaltyTier> tiers = tiersById();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("customer_id", "email", "name", "value", "from_tier", "to_tier", "direction");
            List<LoyaltySimulation.Mover> page;
            int from = 0;
            do {
                page = simulation == null ? new ArrayList<LoyaltySimulation.Mover>()
                        : movers(simulation, from, 1000, tiers);
                for (LoyaltySimulation.Mover mover : page) {
                    csv.printRecord(mover.getCustomerId(), CsvCells.safe(mover.getEmail()),
                            CsvCells.safe(mover.getName()), mover.getValue().toPlainString(),
                            mover.getFrom() == null ? "" : CsvCells.safe(mover.getFrom().getNameEn()),
                            mover.getTo() == null ? "" : CsvCells.safe(mover.getTo().getNameEn()),
                            mover.isUp() ? "up" : "down");
                }
                from += page.size();
            } while (page.size() == 1000);
        }
    }

    /**
     * Saves a draft: the tiers' entry and keep thresholds and the programme's window, in one transaction; then
     * starts a recalculation of every standing on the task scheduler (unless another node holds its lease: then that
     * node's run, or the next night's, brings the standings in step).
     *
     * @return what is wrong with the draft ({@link #check}; nothing is saved then), or the recalculation started
     */
    public Saving save(LoyaltyDraft draft) {
        Map<String, String> errors = new TransactionTemplate(transactionManager).execute(status -> {
            Map<String, String> found = check(draft);
            if (!found.isEmpty()) {
                return found;
            }
            LoyaltyThresholds thresholds = thresholdsOf(draft);
            for (LoyaltyThresholds.Tier drafted : thresholds.getTiers()) {
                LoyaltyTier tier = em.find(LoyaltyTierImpl.class, drafted.getId());
                if (tier == null) {
                    continue;
                }
                tier.setEntryThreshold(drafted.getEntry());
                tier.setKeepThreshold(drafted.getKeep());
            }
            LoyaltyOptionsImpl options = storeOptions.read(LoyaltyOptionsImpl.class);
            options.setWindow(thresholds.getWindow());
            storeOptions.save(options);
            return found;
        });
        return new Saving(errors, errors.isEmpty() ? scheduler.schedule(recalculation::runAfreshAndLog, new Date()) : null);
    }

    /** What saving a draft did. */
    public static final class Saving {
        private final Map<String, String> errors;
        private final Future<?> recalculation;

        Saving(Map<String, String> errors, Future<?> recalculation) {
            this.errors = Collections.unmodifiableMap(errors);
            this.recalculation = recalculation;
        }

        /** By form field, the message keys of what is wrong; empty when the draft was saved. */
        public Map<String, String> getErrors() {
            return errors;
        }

        /** The recalculation the save started; null when nothing was saved. */
        public Future<?> getRecalculation() {
            return recalculation;
        }
    }

    private List<LoyaltySimulation.Mover> movers(LoyaltySimulationImpl simulation, int first, int size,
                                                 Map<Long, LoyaltyTier> tiers) {
        List<LoyaltySimulation.Mover> movers = new ArrayList<LoyaltySimulation.Mover>();
        for (Object row : onRun(em.createNativeQuery("SELECT e.CUSTOMER_ID, c.EMAIL_ADDRESS, c.FIRST_NAME,"
                + " c.LAST_NAME, e.METRIC_VALUE, e.OLD_TIER_ID, e.NEW_TIER_ID, CASE WHEN " + UP
                + " THEN 1 ELSE 0 END AS MOVING_UP FROM " + rowsOf(simulation)
                + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = e.CUSTOMER_ID WHERE e.CHANGED = 1"
                + " ORDER BY e.CUSTOMER_ID"), simulation).setFirstResult(first).setMaxResults(size).getResultList()) {
            Object[] mover = (Object[]) row;
            String name = ((mover[2] == null ? "" : mover[2]) + " " + (mover[3] == null ? "" : mover[3])).trim();
            movers.add(new LoyaltySimulation.Mover(count(mover[0]), (String) mover[1], name,
                    new BigDecimal(mover[4].toString()), tierOf(mover[5], tiers), tierOf(mover[6], tiers),
                    count(mover[7]) == 1));
        }
        return movers;
    }

    private static long customers(long[] count) {
        return count == null ? 0 : count[0];
    }

    private static void add(Map<Long, long[]> counts, Long tier, long customers) {
        counts.computeIfAbsent(tier, key -> new long[1])[0] += customers;
    }

    private static void add(Map<Long, BigDecimal[]> sums, Long tier, BigDecimal[] spendAndShipping) {
        BigDecimal[] sum = sums.computeIfAbsent(tier, key -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        sum[0] = sum[0].add(spendAndShipping[0]);
        sum[1] = sum[1].add(spendAndShipping[1]);
    }

    private static Long tierId(Object id) {
        return id == null ? null : count(id);
    }

    /** The discount's share of the spend, plus the shipping when the tier ships free, a month. */
    private static BigDecimal monthlyCost(LoyaltyTier tier, BigDecimal[] spendAndShipping) {
        if (spendAndShipping == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal cost = spendAndShipping[0].multiply(tier.getDiscountPercent()).divide(HUNDRED);
        if (tier.isFreeShipping()) {
            cost = cost.add(spendAndShipping[1]);
        }
        return cost.divide(MONTHS, 2, RoundingMode.HALF_UP);
    }

    private LoyaltyThresholds thresholdsOf(LoyaltyDraft draft) {
        Map<Long, BigDecimal[]> typed = new HashMap<Long, BigDecimal[]>();
        for (Long tier : draft.entries().keySet()) {
            BigDecimal entry = LoyaltyDraft.amount(draft.entryOf(tier));
            BigDecimal keep = LoyaltyDraft.amount(draft.keepOf(tier));
            if (entry != null && keep != null) {
                typed.put(tier, new BigDecimal[] {entry, keep});
            }
        }
        return evaluation.savedThresholds().with(LoyaltyWindow.getInstance(draft.getWindow()), typed);
    }

    /** The thresholds a simulation decided by: its window and its run's tier rows. */
    private LoyaltyThresholds runThresholds(LoyaltySimulationImpl simulation) {
        Map<Long, BigDecimal[]> ran = new HashMap<Long, BigDecimal[]>();
        for (Object row : em.createNativeQuery("SELECT t.TIER_ID, t.ENTRY_THRESHOLD, t.KEEP_THRESHOLD FROM "
                + LoyaltyEvaluation.RUN_TIER + " t WHERE t.RUN_ID = :run").setParameter("run", simulation.runId)
                .getResultList()) {
            Object[] tier = (Object[]) row;
            ran.put(count(tier[0]), new BigDecimal[] {new BigDecimal(tier[1].toString()),
                    new BigDecimal(tier[2].toString())});
        }
        return evaluation.savedThresholds().with(simulation.getWindow(), ran);
    }

    private List<LoyaltyTier> tiers() {
        return em.createQuery("select t from LoyaltyTierImpl t order by t.rank", LoyaltyTier.class).getResultList();
    }

    private Map<Long, LoyaltyTier> tiersById() {
        Map<Long, LoyaltyTier> byId = new HashMap<Long, LoyaltyTier>();
        for (LoyaltyTier tier : tiers()) {
            byId.put(tier.getId(), tier);
        }
        return Collections.unmodifiableMap(byId);
    }

    private static LoyaltyTier tierOf(Object id, Map<Long, LoyaltyTier> tiers) {
        return id == null ? null : tiers.get(count(id));
    }

    private static BigDecimal typed(String text, BigDecimal saved, String field, Map<String, String> errors) {
        if (text == null) {
            return saved;
        }
        BigDecimal amount = LoyaltyDraft.amount(text);
        if (amount == null) {
            errors.put(field, NOT_A_NUMBER);
        }
        return amount;
    }

    private static void putUnlessThere(Map<String, String> errors, String field, String message) {
        if (message != null && !errors.containsKey(field)) {
            errors.put(field, message);
        }
    }

    /** The simulation's decided customers, as a derived table {@code e} of the evaluation's decided columns. */
    private static String rowsOf(LoyaltySimulationImpl simulation) {
        return simulation.isStoredValues() ? LoyaltyEvaluation.storedValuesDecided(simulation.getWindow())
                : LoyaltyEvaluation.simulatedRows();
    }

    private static Query onRun(Query query, LoyaltySimulationImpl simulation) {
        query.setParameter("run", simulation.runId);
        return simulation.isStoredValues()
                ? query.setParameter("now", simulation.simulatedAt, TemporalType.TIMESTAMP) : query;
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
