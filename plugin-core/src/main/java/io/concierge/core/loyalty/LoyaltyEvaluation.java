package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.kernel.orders.OrderDeductionImpl;
import org.hibernate.Session;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Works out the standing of every customer in a range of Broadleaf customer ids with a fixed number of SQL statements
 * (one INSERT … SELECT over aggregates of BLC_ORDER that decides them, then the change log and one UPDATE and one
 * INSERT of the standings), whatever the number of customers: the nightly
 * recalculation runs it over ranges of all customers, the checkout and the order events over one customer. Written
 * for HSQLDB, PostgreSQL and MariaDB alike: no UPDATE reads the table it writes (MariaDB refuses that), no
 * assignment reads a column the same UPDATE assigns (MariaDB assigns left to right), no date arithmetic in SQL. The
 * thresholds are the run's own rows ({@link LoyaltyThresholds}): the saved ones, or a draft that the simulator
 * decides by without applying anything.
 *
 * <p>The rules: the value is the options' metric over the placed orders in the options' window, less cancelled and
 * wholly refunded orders and the amounts refunded in part ({@link OrderDeductionImpl}); points are that net spend
 * times the points per unit, rounded down, plus staff's points ({@link LoyaltyPoints}). A customer below the
 * tier's keep threshold keeps it for its grace days, then drops one tier (never below the tier the value enters);
 * a value that enters a higher tier moves the customer there at once; staff's assignment in force
 * ({@link LoyaltyAssignment}) holds its tier as a floor. Every tier change is logged. The standing also keeps the
 * value in every other window, measured in the same pass, for the simulator to decide a draft of any window by.
 */
@Component("cncLoyaltyEvaluation")
public class LoyaltyEvaluation {

    static final String EVALUATION = "CNC_LOYALTY_EVALUATION";

    /** An order {@code o} that was placed and not cancelled. */
    static final String PLACED = "o.SUBMIT_DATE IS NOT NULL AND o.ORDER_STATUS IS NOT NULL"
            + " AND o.ORDER_STATUS NOT IN ('IN_PROCESS', 'NAMED', 'QUOTE', 'CANCELLED')";

    /**
     * Registered customers' placed orders (Broadleaf's statuses of orders never placed, and CANCELLED ones, count for
     * nothing): a guest's anonymous customer record holds no tier.
     */
    private static final String COUNTED_ORDERS = "c.IS_REGISTERED = :registered"
            // The range on both sides of the join: with it on the orders alone, PostgreSQL read all of BLC_CUSTOMER
            // for every range of the recalculation (1.2 s a range of 10 000 at a million customers; 0.14 s with it).
            + " AND c.CUSTOMER_ID BETWEEN :firstCustomer AND :lastCustomer"
            + " AND o.CUSTOMER_ID BETWEEN :firstCustomer AND :lastCustomer"
            + " AND " + PLACED;

    /** 1 when an event took the whole order out. */
    private static final String VOIDED = "SUM(CASE WHEN d.KIND IN ('CANCELLED', 'REFUNDED') THEN 1 ELSE 0 END) > 0";

    private static final String NET = "COALESCE(o.ORDER_TOTAL, 0) - COALESCE(SUM(d.AMOUNT), 0)";

    static final String RUN_TIER = "CNC_LOYALTY_EVALUATION_TIER";

    static final String POINTS_ADJUSTMENT = "CNC_LOYALTY_POINTS_ADJUSTMENT";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    /** The window and the tiers' thresholds as saved. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LoyaltyThresholds savedThresholds() {
        return LoyaltyThresholds.of(storeOptions.read(LoyaltyOptionsImpl.class),
                em.createQuery("select t from LoyaltyTierImpl t order by t.rank", LoyaltyTier.class)
                        .getResultList());
    }

    /**
     * In the caller's transaction: re-evaluates the customers with ids from {@code firstCustomer} to
     * {@code lastCustomer} who placed an order or have a standing, by the saved thresholds, and logs their tier
     * changes under {@code reason} (downgrades as {@link LoyaltyChangeReason#DOWNGRADE}).
     *
     * @return how many customers changed tier
     */
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public int evaluate(long firstCustomer, long lastCustomer, LoyaltyChangeReason reason, Date at) {
        int[] changes = new int[1];
        decide(UUID.randomUUID().toString(), firstCustomer, lastCustomer, reason, savedThresholds(), at, true,
                (sql, parameters) -> changes[0] = apply(sql, parameters));
        return changes[0];
    }

    /**
     * In the caller's transaction: decides every customer's standing by {@code thresholds} at {@code at}, with the
     * statements of {@link #evaluate}, and applies nothing: the run's rows (old and new tier of each customer) stay
     * in the work tables under the returned run id, for {@link LoyaltySimulator} to read, until {@link #forget}.
     */
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public String simulate(LoyaltyThresholds thresholds, Date at) {
        String run = UUID.randomUUID().toString();
        decide(run, Long.MIN_VALUE, Long.MAX_VALUE, LoyaltyChangeReason.RECALCULATION, thresholds, at, false,
                (sql, parameters) -> { });
        return run;
    }

    /**
     * In the caller's transaction: writes {@code thresholds} at {@code at} as a run's rows, and nothing else, for
     * {@link #storedValuesDecided} to decide every standing by them over the values the standings hold in the draft's
     * window (the simulator: no million work rows are written).
     *
     * @return the run's id, until {@link #forget}
     */
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public String prepare(LoyaltyThresholds thresholds, Date at) {
        String run = UUID.randomUUID().toString();
        Date now = DatabaseTimes.toTheSecond(at);
        em.unwrap(Session.class).doWork(connection -> writeTiers(
                new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true)), run, thresholds, now));
        return run;
    }

    /**
     * A derived table {@code e} of {@link #DECIDED_COLUMNS}: every standing decided by a {@link #prepare}d run's
     * thresholds over the value it holds, at {@code :now} (the run's time). Parameters {@code :run} and {@code :now}.
     */
    static String storedValuesDecided(LoyaltyWindow window) {
        return "(" + decided("CNC_LOYALTY_STANDING s", "s", window, LoyaltyChangeReason.RECALCULATION) + ") e";
    }

    /**
     * Whether every standing holds its value in {@code window}: not those written before the values of every window
     * were stored, until an evaluation (the next night's) writes them.
     */
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public boolean storesValuesIn(LoyaltyWindow window) {
        return em.createNativeQuery("SELECT s.CUSTOMER_ID FROM CNC_LOYALTY_STANDING s WHERE s." + valueIn(window)
                + " IS NULL").setMaxResults(1).getResultList().isEmpty();
    }

    /** The column of the standings and the work table that holds the metric's value in {@code window}. */
    static String valueIn(LoyaltyWindow window) {
        return "VALUE_" + window.getType();
    }

    /** The parameter of {@code window}'s start. */
    private static String startOf(LoyaltyWindow window) {
        return "start" + window.getType();
    }

    /** A derived table {@code e} of a {@link #simulate}d run's rows. Parameter {@code :run}. */
    static String simulatedRows() {
        return "(SELECT " + DECIDED_COLUMNS + " FROM " + EVALUATION + " WHERE RUN_ID = :run) e";
    }

    /** Removes a simulation's rows, in the caller's transaction. */
    @Transactional(value = "blTransactionManager", propagation = Propagation.MANDATORY)
    public void forget(String run) {
        em.createNativeQuery("DELETE FROM " + EVALUATION + " WHERE RUN_ID = :run").setParameter("run", run)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM " + RUN_TIER + " WHERE RUN_ID = :run").setParameter("run", run)
                .executeUpdate();
    }

    /** What is done with a run's decisions before the connection goes back. */
    private interface Then {
        void then(NamedParameterJdbcTemplate sql, MapSqlParameterSource parameters);
    }

    /**
     * Decides the range's customers into the work table under {@code run}: only those whose standing is to be
     * written ({@code restatedOnly}: what {@link #apply} needs; most of a night's customers stay as they are), or
     * every one (what the simulator counts).
     */
    private void decide(String run, long firstCustomer, long lastCustomer, LoyaltyChangeReason reason,
                        LoyaltyThresholds thresholds, Date at, boolean restatedOnly, Then then) {
        LoyaltyOptions options = storeOptions.read(LoyaltyOptionsImpl.class);
        Date now = DatabaseTimes.toTheSecond(at);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("run", run)
                .addValue("firstCustomer", firstCustomer)
                .addValue("lastCustomer", lastCustomer)
                .addValue("now", new Timestamp(now.getTime()))
                .addValue("registered", Boolean.TRUE);
        for (LoyaltyWindow window : LoyaltyWindow.all()) {
            parameters.addValue(startOf(window), new Timestamp(window.start(now).getTime()));
        }
        // Broadleaf's order changes and the deduction of this transaction must be in the database the SQL reads.
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            NamedParameterJdbcTemplate sql = new NamedParameterJdbcTemplate(
                    new SingleConnectionDataSource(connection, true));
            writeTiers(sql, run, thresholds, now);
            sql.update("INSERT INTO " + EVALUATION + " (RUN_ID, " + DECIDED_COLUMNS + ") SELECT :run, d.* FROM ("
                    + decided(measured(options) + " LEFT JOIN CNC_LOYALTY_STANDING s ON s.CUSTOMER_ID = m.CUSTOMER_ID"
                            + " AND s.CUSTOMER_ID BETWEEN :firstCustomer AND :lastCustomer", "m",
                            thresholds.getWindow(), reason) + ") d" + (restatedOnly ? " WHERE d.RESTATED = 1" : ""),
                    parameters);
            then.then(sql, parameters);
        });
    }

    /** Writes the run's thresholds, as rows the statements join. */
    private static void writeTiers(NamedParameterJdbcTemplate sql, String run, LoyaltyThresholds thresholds, Date now) {
        List<MapSqlParameterSource> rows = new ArrayList<MapSqlParameterSource>();
        for (LoyaltyThresholds.Tier tier : thresholds.getTiers()) {
            rows.add(new MapSqlParameterSource().addValue("run", run).addValue("tier", tier.getId())
                    .addValue("rank", tier.getRank()).addValue("entry", tier.getEntry())
                    .addValue("entryCeiling", thresholds.entryCeilingOf(tier))
                    .addValue("lowerRank", thresholds.rankBelow(tier))
                    .addValue("keep", tier.getKeep()).addValue("graceEnd",
                            new Timestamp(now.getTime() + TimeUnit.DAYS.toMillis(tier.getGraceDays()))));
        }
        if (!rows.isEmpty()) {
            sql.batchUpdate("INSERT INTO " + RUN_TIER + " (RUN_ID, TIER_ID, TIER_RANK, ENTRY_THRESHOLD,"
                    + " ENTRY_CEILING, LOWER_RANK, KEEP_THRESHOLD, GRACE_END)"
                    + " VALUES (:run, :tier, :rank, :entry, :entryCeiling, :lowerRank, :keep, :graceEnd)",
                    rows.toArray(new MapSqlParameterSource[0]));
        }
    }

    /**
     * The metric's value in every window ({@link #valueIn}) of each customer of the range who placed a counted order
     * (at any time: a customer whose orders are all older than one window has a value in another) or has a standing
     * (customers whose counted orders are all gone still have a standing to lose), or, counting points, who has
     * staff's points: a derived table {@code m} of CUSTOMER_ID and the windows' values, in one pass over the orders,
     * each window a conditional sum from its start. Points are the net spend times the options' points per unit,
     * rounded down, plus staff's points.
     */
    private static String measured(LoyaltyOptions options) {
        LoyaltyMetric metric = options.getMetric();
        String weight = LoyaltyMetric.ORDER_COUNT.equals(metric)
                ? "CASE WHEN " + VOIDED + " THEN 0 ELSE 1 END"
                : "CASE WHEN " + VOIDED + " THEN 0 WHEN " + NET + " < 0 THEN 0 ELSE " + NET + " END";
        boolean points = LoyaltyMetric.POINTS.equals(metric);
        StringBuilder values = new StringBuilder();
        StringBuilder orderWeights = new StringBuilder();
        StringBuilder noWeights = new StringBuilder();
        StringBuilder adjustments = new StringBuilder();
        for (LoyaltyWindow window : LoyaltyWindow.all()) {
            String in = window.getType();
            values.append(values.length() == 0 ? "" : ", ").append(points ? "FLOOR(SUM(w.WEIGHT_" + in + ") * "
                    + options.getPointsPerUnit() + ") + SUM(w.POINTS_" + in + ")" : "SUM(w.WEIGHT_" + in + ")")
                    .append(" AS ").append(valueIn(window));
            orderWeights.append(", CASE WHEN x.SUBMIT_DATE >= :").append(startOf(window))
                    .append(" THEN x.WEIGHT ELSE 0 END AS WEIGHT_").append(in).append(", 0 AS POINTS_").append(in);
            noWeights.append(", 0 AS WEIGHT_").append(in).append(", 0 AS POINTS_").append(in);
            adjustments.append(", 0 AS WEIGHT_").append(in).append(", CASE WHEN p.ADJUSTED_AT >= :")
                    .append(startOf(window)).append(" THEN p.POINTS ELSE 0 END AS POINTS_").append(in);
        }
        // The grouped orders in a derived table of their own: HSQLDB's UNION ALL fails on a branch grouped by more
        // columns than it selects.
        return "(SELECT w.CUSTOMER_ID, " + values + " FROM ("
                + " SELECT x.CUSTOMER_ID" + orderWeights + " FROM (SELECT o.CUSTOMER_ID, o.SUBMIT_DATE, "
                + weight + " AS WEIGHT"
                + " FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = o.CUSTOMER_ID"
                + " LEFT JOIN " + OrderDeductionImpl.TABLE + " d ON d.ORDER_ID = o.ORDER_ID"
                + " WHERE " + COUNTED_ORDERS + " GROUP BY o.CUSTOMER_ID, o.ORDER_ID, o.ORDER_TOTAL, o.SUBMIT_DATE) x"
                + " UNION ALL SELECT s.CUSTOMER_ID" + noWeights + " FROM CNC_LOYALTY_STANDING s"
                + " WHERE s.CUSTOMER_ID BETWEEN :firstCustomer AND :lastCustomer"
                + (points ? " UNION ALL SELECT p.CUSTOMER_ID" + adjustments + " FROM " + POINTS_ADJUSTMENT + " p"
                + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = p.CUSTOMER_ID WHERE c.IS_REGISTERED = :registered"
                + " AND c.CUSTOMER_ID BETWEEN :firstCustomer AND :lastCustomer"
                + " AND p.CUSTOMER_ID BETWEEN :firstCustomer AND :lastCustomer" : "")
                + ") w GROUP BY w.CUSTOMER_ID) m";
    }

    /** The columns of {@link #decided}, in its order: those of the work table but RUN_ID. */
    static final String DECIDED_COLUMNS = "CUSTOMER_ID, METRIC_VALUE, OLD_TIER_ID, OLD_RANK, OLD_KEEP_UNTIL,"
            + " ENTRY_RANK, BELOW_KEEP, NEW_RANK, NEW_TIER_ID, NEW_KEEP_UNTIL, REASON, CHANGED, RESTATED"
            + windowValues("");

    /** The windows' value columns, each after a comma, each prefixed by {@code prefix}. */
    private static String windowValues(String prefix) {
        StringBuilder columns = new StringBuilder();
        for (LoyaltyWindow window : LoyaltyWindow.all()) {
            columns.append(", ").append(prefix).append(valueIn(window));
        }
        return columns.toString();
    }

    /**
     * The rules as one SELECT ({@link #DECIDED_COLUMNS}) over {@code from}, which names as {@code values} each
     * customer's id and their values in every window, and their standing as {@code s} (a left join); the value in
     * {@code window} decides: the evaluation inserts it into the work table; the simulator reads it over the stored
     * standings (values {@code s}). Parameters {@code :run} (its thresholds'
     * rows) and {@code :now}. Each step is a derived table over the one before, so that no CASE repeats another's
     * text: the held tier {@code h} kept for its grace days below its keep threshold, then dropped one tier when the
     * grace is over; lifted to the tier the value enters; held at least in staff's assigned tier {@code f}.
     */
    static String decided(String from, String values, LoyaltyWindow window, LoyaltyChangeReason reason) {
        String customer = values + ".CUSTOMER_ID";
        String value = values + "." + valueIn(window);
        StringBuilder windows = new StringBuilder();
        StringBuilder sameValues = new StringBuilder();
        for (LoyaltyWindow each : LoyaltyWindow.all()) {
            windows.append(", ").append(values).append('.').append(valueIn(each)).append(" AS ").append(valueIn(each))
                    .append(", s.").append(valueIn(each)).append(" AS OLD_").append(valueIn(each));
            sameValues.append(" AND r.OLD_").append(valueIn(each)).append(" = r.").append(valueIn(each));
        }
        String held = "SELECT " + customer + " AS CUSTOMER_ID, " + value + " AS METRIC_VALUE" + windows + ","
                + " s.TIER_ID AS OLD_TIER_ID, h.TIER_RANK AS OLD_RANK, s.KEEP_UNTIL AS OLD_KEEP_UNTIL,"
                + " s.METRIC_VALUE AS OLD_VALUE,"
                + " en.TIER_RANK AS ENTRY_RANK, h.LOWER_RANK, f.TIER_RANK AS FLOOR_RANK,"
                + " CASE WHEN h.KEEP_THRESHOLD > " + value + " THEN 1 ELSE 0 END AS BELOW_KEEP,"
                // The grace starts now for those who just fell below, for the days of the tier they hold.
                + " CASE WHEN h.KEEP_THRESHOLD > " + value + " THEN COALESCE(s.KEEP_UNTIL, h.GRACE_END) END"
                + " AS KEPT_UNTIL FROM " + from
                + " LEFT JOIN " + RUN_TIER + " h ON h.RUN_ID = :run AND h.TIER_ID = s.TIER_ID"
                + " LEFT JOIN " + RUN_TIER + " en ON en.RUN_ID = :run AND en.ENTRY_THRESHOLD <= " + value
                + " AND (en.ENTRY_CEILING IS NULL OR en.ENTRY_CEILING > " + value + ")"
                // Staff's assignments in force hold their tier as a floor (and stop a grace's clock on it).
                + " LEFT JOIN CNC_LOYALTY_ASSIGNMENT a ON a.CUSTOMER_ID = " + customer
                + " AND (a.KEPT_UNTIL IS NULL OR a.KEPT_UNTIL > :now)"
                + " LEFT JOIN " + RUN_TIER + " f ON f.RUN_ID = :run AND f.TIER_ID = a.TIER_ID";
        String graceOver = "SELECT b.*, CASE WHEN b.KEPT_UNTIL <= :now THEN 1 ELSE 0 END AS GRACE_OVER,"
                + " CASE WHEN b.KEPT_UNTIL <= :now THEN b.LOWER_RANK ELSE b.OLD_RANK END AS GRACE_RANK"
                + " FROM (" + held + ") b";
        String lifts = "g.ENTRY_RANK IS NOT NULL AND (g.GRACE_RANK IS NULL OR g.ENTRY_RANK > g.GRACE_RANK)";
        String lifted = "SELECT g.*, CASE WHEN " + lifts + " THEN 1 ELSE 0 END AS LIFTED,"
                + " CASE WHEN " + lifts + " THEN g.ENTRY_RANK ELSE g.GRACE_RANK END AS LIFTED_RANK"
                + " FROM (" + graceOver + ") g";
        String floors = "l.FLOOR_RANK IS NOT NULL AND (l.LIFTED_RANK IS NULL OR l.FLOOR_RANK >= l.LIFTED_RANK)";
        String floored = "SELECT l.*, CASE WHEN " + floors + " THEN 1 ELSE 0 END AS FLOORED,"
                + " CASE WHEN " + floors + " THEN l.FLOOR_RANK ELSE l.LIFTED_RANK END AS NEW_RANK"
                + " FROM (" + lifted + ") l";
        String newKeepUntil = "CASE WHEN r.FLOORED = 1 OR r.LIFTED = 1 OR r.GRACE_OVER = 1 THEN NULL"
                + " ELSE r.KEPT_UNTIL END";
        String sameTier = "r.OLD_TIER_ID = n.TIER_ID OR (r.OLD_TIER_ID IS NULL AND n.TIER_ID IS NULL)";
        // The reasons are the enumeration's names, written in: HSQLDB pads a CASE's literals to the longest (RTRIM).
        return "SELECT r.CUSTOMER_ID, r.METRIC_VALUE, r.OLD_TIER_ID, r.OLD_RANK, r.OLD_KEEP_UNTIL, r.ENTRY_RANK,"
                + " r.BELOW_KEEP, r.NEW_RANK, n.TIER_ID AS NEW_TIER_ID, " + newKeepUntil + " AS NEW_KEEP_UNTIL,"
                + " RTRIM(CASE WHEN r.FLOORED = 1 THEN '" + LoyaltyChangeReason.MANUAL.name()
                + "' WHEN r.LIFTED = 0 AND r.GRACE_OVER = 1 THEN '" + LoyaltyChangeReason.DOWNGRADE.name()
                + "' ELSE '" + reason.name() + "' END) AS REASON,"
                + " CASE WHEN " + sameTier + " THEN 0 ELSE 1 END AS CHANGED,"
                // Whether the standing must be written: none yet, or its tier, keep-until or a window's value differ
                // (the simulator decides a draft's window over the stored value).
                + " CASE WHEN (" + sameTier + ") AND r.OLD_VALUE = r.METRIC_VALUE" + sameValues
                + " AND (r.OLD_KEEP_UNTIL = "
                + newKeepUntil + " OR (r.OLD_KEEP_UNTIL IS NULL AND " + newKeepUntil + " IS NULL)) THEN 0"
                + " ELSE 1 END AS RESTATED" + windowValues("r.") + " FROM (" + floored + ") r"
                + " LEFT JOIN " + RUN_TIER + " n ON n.RUN_ID = :run AND n.TIER_RANK = r.NEW_RANK";
    }

    /** Logs the changes, writes the standings, empties the run's rows; returns the number of changes. */
    private static int apply(NamedParameterJdbcTemplate sql, MapSqlParameterSource parameters) {
        int changes = sql.update("INSERT INTO CNC_LOYALTY_CHANGE (CUSTOMER_ID, FROM_TIER_ID, TO_TIER_ID, REASON,"
                + " CHANGED_AT) SELECT e.CUSTOMER_ID, e.OLD_TIER_ID, e.NEW_TIER_ID, e.REASON, :now FROM "
                + EVALUATION + " e WHERE e.RUN_ID = :run AND e.CHANGED = 1", parameters);
        String evaluated = "(SELECT e.%s FROM " + EVALUATION + " e WHERE e.RUN_ID = :run"
                + " AND e.CUSTOMER_ID = CNC_LOYALTY_STANDING.CUSTOMER_ID)";
        // The run's rows are the standings whose tier, value or keep-until change (decide's restatedOnly): a night
        // mostly leaves them as they are. SINCE first: it reads its own old value, before any other assignment of the statement (MariaDB assigns
        // left to right).
        sql.update("UPDATE CNC_LOYALTY_STANDING SET SINCE = CASE WHEN " + String.format(evaluated, "CHANGED")
                + " = 1 THEN :now ELSE SINCE END, TIER_ID = " + String.format(evaluated, "NEW_TIER_ID")
                + ", METRIC_VALUE = " + String.format(evaluated, "METRIC_VALUE")
                + ", KEEP_UNTIL = " + String.format(evaluated, "NEW_KEEP_UNTIL") + assignedValues(evaluated)
                + ", EVALUATED_AT = :now WHERE CUSTOMER_ID BETWEEN :firstCustomer AND :lastCustomer AND CUSTOMER_ID IN"
                + " (SELECT e.CUSTOMER_ID FROM " + EVALUATION + " e WHERE e.RUN_ID = :run)", parameters);
        sql.update("INSERT INTO CNC_LOYALTY_STANDING (CUSTOMER_ID, TIER_ID, METRIC_VALUE, SINCE, KEEP_UNTIL,"
                + " EVALUATED_AT" + windowValues("") + ") SELECT e.CUSTOMER_ID, e.NEW_TIER_ID, e.METRIC_VALUE, :now,"
                + " e.NEW_KEEP_UNTIL, :now" + windowValues("e.")
                + " FROM " + EVALUATION + " e WHERE e.RUN_ID = :run AND NOT EXISTS"
                + " (SELECT 1 FROM CNC_LOYALTY_STANDING s WHERE s.CUSTOMER_ID = e.CUSTOMER_ID)", parameters);
        sql.update("DELETE FROM " + EVALUATION + " WHERE RUN_ID = :run", parameters);
        sql.update("DELETE FROM " + RUN_TIER + " WHERE RUN_ID = :run", parameters);
        return changes;
    }

    /** The UPDATE's assignments of the windows' values, each from {@code evaluated} (a format of the column). */
    private static String assignedValues(String evaluated) {
        StringBuilder assignments = new StringBuilder();
        for (LoyaltyWindow window : LoyaltyWindow.all()) {
            assignments.append(", ").append(valueIn(window)).append(" = ")
                    .append(String.format(evaluated, valueIn(window)));
        }
        return assignments.toString();
    }
}
