package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.StoreOptionsService;
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
 * (INSERT … SELECT and UPDATE over aggregates of BLC_ORDER), whatever the number of customers: the nightly
 * recalculation runs it over ranges of all customers, the checkout and the order events over one customer. Written
 * for HSQLDB, PostgreSQL and MariaDB alike: no UPDATE reads the table it writes (MariaDB refuses that), no
 * assignment reads a column the same UPDATE assigns (MariaDB assigns left to right), no date arithmetic in SQL. The
 * thresholds are the run's own rows ({@link LoyaltyThresholds}): the saved ones, or a draft that the simulator
 * decides by without applying anything.
 *
 * <p>The rules: the value is the options' metric over the placed orders in the options' window, less cancelled and
 * wholly refunded orders and the amounts refunded in part ({@link LoyaltyDeductionImpl}). A customer below the
 * tier's keep threshold keeps it for its grace days, then drops one tier (never below the tier the value enters);
 * a value that enters a higher tier moves the customer there at once; staff's assignment in force
 * ({@link LoyaltyAssignment}) holds its tier as a floor. Every tier change is logged.
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
            + " AND o.SUBMIT_DATE >= :windowStart AND " + PLACED;

    /** 1 when an event took the whole order out. */
    private static final String VOIDED = "SUM(CASE WHEN d.KIND IN ('CANCELLED', 'REFUNDED') THEN 1 ELSE 0 END) > 0";

    private static final String NET = "COALESCE(o.ORDER_TOTAL, 0) - COALESCE(SUM(d.AMOUNT), 0)";

    static final String RUN_TIER = "CNC_LOYALTY_EVALUATION_TIER";

    /** The run's tiers, for a correlated subquery on a row of the evaluation table. */
    private static final String RUN_TIERS = " FROM " + RUN_TIER + " t WHERE t.RUN_ID = :run AND ";

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
        decide(UUID.randomUUID().toString(), firstCustomer, lastCustomer, reason, savedThresholds(), at,
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
        decide(run, Long.MIN_VALUE, Long.MAX_VALUE, LoyaltyChangeReason.RECALCULATION, thresholds, at,
                (sql, parameters) -> { });
        return run;
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

    private void decide(String run, long firstCustomer, long lastCustomer, LoyaltyChangeReason reason,
                        LoyaltyThresholds thresholds, Date at, Then then) {
        LoyaltyMetric metric = storeOptions.read(LoyaltyOptionsImpl.class).getMetric();
        Date now = DatabaseTimes.toTheSecond(at);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("run", run)
                .addValue("firstCustomer", firstCustomer)
                .addValue("lastCustomer", lastCustomer)
                .addValue("windowStart", new Timestamp(thresholds.getWindow().start(now).getTime()))
                .addValue("now", new Timestamp(now.getTime()))
                .addValue("registered", Boolean.TRUE)
                .addValue("reason", reason.name())
                .addValue("downgrade", LoyaltyChangeReason.DOWNGRADE.name())
                .addValue("manual", LoyaltyChangeReason.MANUAL.name());
        // Broadleaf's order changes and the deduction of this transaction must be in the database the SQL reads.
        em.flush();
        em.unwrap(Session.class).doWork(connection -> {
            NamedParameterJdbcTemplate sql = new NamedParameterJdbcTemplate(
                    new SingleConnectionDataSource(connection, true));
            writeTiers(sql, run, thresholds, now);
            measure(sql, parameters, metric);
            compare(sql, parameters);
            then.then(sql, parameters);
        });
    }

    /** The run's thresholds, as rows the statements join. */
    private static void writeTiers(NamedParameterJdbcTemplate sql, String run, LoyaltyThresholds thresholds,
                                   Date now) {
        List<MapSqlParameterSource> rows = new ArrayList<MapSqlParameterSource>();
        for (LoyaltyThresholds.Tier tier : thresholds.getTiers()) {
            rows.add(new MapSqlParameterSource().addValue("run", run).addValue("tier", tier.getId())
                    .addValue("rank", tier.getRank()).addValue("entry", tier.getEntry())
                    .addValue("keep", tier.getKeep()).addValue("graceEnd",
                            new Timestamp(now.getTime() + TimeUnit.DAYS.toMillis(tier.getGraceDays()))));
        }
        if (!rows.isEmpty()) {
            sql.batchUpdate("INSERT INTO " + RUN_TIER + " (RUN_ID, TIER_ID, TIER_RANK, ENTRY_THRESHOLD,"
                    + " KEEP_THRESHOLD, GRACE_END) VALUES (:run, :tier, :rank, :entry, :keep, :graceEnd)",
                    rows.toArray(new MapSqlParameterSource[0]));
        }
    }

    /** One row per customer with the metric's value. */
    private static void measure(NamedParameterJdbcTemplate sql, MapSqlParameterSource parameters,
                                LoyaltyMetric metric) {
        String weight = LoyaltyMetric.ORDER_COUNT.equals(metric)
                ? "CASE WHEN " + VOIDED + " THEN 0 ELSE 1 END"
                : "CASE WHEN " + VOIDED + " THEN 0 WHEN " + NET + " < 0 THEN 0 ELSE " + NET + " END";
        sql.update("INSERT INTO " + EVALUATION + " (RUN_ID, CUSTOMER_ID, METRIC_VALUE, BELOW_KEEP, CHANGED)"
                + " SELECT :run, w.CUSTOMER_ID, SUM(w.WEIGHT), 0, 0 FROM ("
                + " SELECT o.CUSTOMER_ID, o.ORDER_ID, " + weight + " AS WEIGHT"
                + " FROM BLC_ORDER o JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = o.CUSTOMER_ID"
                + " LEFT JOIN CNC_LOYALTY_DEDUCTION d ON d.ORDER_ID = o.ORDER_ID"
                + " WHERE " + COUNTED_ORDERS
                + " GROUP BY o.CUSTOMER_ID, o.ORDER_ID, o.ORDER_TOTAL) w GROUP BY w.CUSTOMER_ID", parameters);
        // Customers whose counted orders are all gone still have a standing to lose.
        sql.update("INSERT INTO " + EVALUATION + " (RUN_ID, CUSTOMER_ID, METRIC_VALUE, BELOW_KEEP, CHANGED)"
                + " SELECT :run, s.CUSTOMER_ID, 0, 0, 0 FROM CNC_LOYALTY_STANDING s"
                + " WHERE s.CUSTOMER_ID BETWEEN :firstCustomer AND :lastCustomer AND NOT EXISTS (SELECT 1 FROM "
                + EVALUATION + " e WHERE e.RUN_ID = :run AND e.CUSTOMER_ID = s.CUSTOMER_ID)", parameters);
    }

    /** Works out each row's new tier and keep-until, by the run's thresholds. */
    private static void compare(NamedParameterJdbcTemplate sql, MapSqlParameterSource parameters) {
        String row = EVALUATION + ".";
        sql.update("UPDATE " + EVALUATION + " SET"
                + " OLD_TIER_ID = (SELECT s.TIER_ID FROM CNC_LOYALTY_STANDING s WHERE s.CUSTOMER_ID = "
                + row + "CUSTOMER_ID),"
                + " OLD_KEEP_UNTIL = (SELECT s.KEEP_UNTIL FROM CNC_LOYALTY_STANDING s WHERE s.CUSTOMER_ID = "
                + row + "CUSTOMER_ID),"
                + " ENTRY_RANK = (SELECT MAX(t.TIER_RANK)" + RUN_TIERS + "t.ENTRY_THRESHOLD <= "
                + row + "METRIC_VALUE)"
                + " WHERE RUN_ID = :run", parameters);
        sql.update("UPDATE " + EVALUATION + " SET"
                + " OLD_RANK = (SELECT t.TIER_RANK" + RUN_TIERS + "t.TIER_ID = " + row + "OLD_TIER_ID),"
                + " BELOW_KEEP = (SELECT COUNT(*)" + RUN_TIERS + "t.TIER_ID = " + row + "OLD_TIER_ID"
                + " AND t.KEEP_THRESHOLD > " + row + "METRIC_VALUE)"
                + " WHERE RUN_ID = :run", parameters);
        // The grace starts now for those who just fell below, for the days of the tier they hold.
        sql.update("UPDATE " + EVALUATION + " SET NEW_KEEP_UNTIL = (SELECT t.GRACE_END" + RUN_TIERS
                + "t.TIER_ID = " + row + "OLD_TIER_ID) WHERE RUN_ID = :run"
                + " AND BELOW_KEEP = 1 AND OLD_KEEP_UNTIL IS NULL", parameters);
        sql.update("UPDATE " + EVALUATION + " SET NEW_KEEP_UNTIL = OLD_KEEP_UNTIL WHERE RUN_ID = :run"
                + " AND BELOW_KEEP = 1 AND OLD_KEEP_UNTIL IS NOT NULL", parameters);
        sql.update("UPDATE " + EVALUATION + " SET NEW_RANK = OLD_RANK WHERE RUN_ID = :run", parameters);
        sql.update("UPDATE " + EVALUATION + " SET"
                + " NEW_RANK = (SELECT MAX(t.TIER_RANK)" + RUN_TIERS + "t.TIER_RANK < "
                + row + "OLD_RANK), NEW_KEEP_UNTIL = NULL, REASON = :downgrade"
                + " WHERE RUN_ID = :run AND BELOW_KEEP = 1 AND NEW_KEEP_UNTIL <= :now", parameters);
        sql.update("UPDATE " + EVALUATION + " SET NEW_RANK = ENTRY_RANK, NEW_KEEP_UNTIL = NULL, REASON = :reason"
                + " WHERE RUN_ID = :run AND ENTRY_RANK IS NOT NULL AND (NEW_RANK IS NULL OR ENTRY_RANK > NEW_RANK)",
                parameters);
        // Staff's assignments in force hold their tier as a floor (and stop a grace's clock on it).
        String assigned = " FROM CNC_LOYALTY_ASSIGNMENT a, " + RUN_TIER + " t WHERE t.RUN_ID = :run"
                + " AND t.TIER_ID = a.TIER_ID AND a.CUSTOMER_ID = " + row + "CUSTOMER_ID";
        sql.update("UPDATE " + EVALUATION + " SET NEW_RANK = (SELECT t.TIER_RANK" + assigned + "),"
                + " NEW_KEEP_UNTIL = NULL, REASON = :manual WHERE RUN_ID = :run AND EXISTS (SELECT 1" + assigned
                + " AND (a.KEPT_UNTIL IS NULL OR a.KEPT_UNTIL > :now)"
                + " AND (" + row + "NEW_RANK IS NULL OR t.TIER_RANK >= " + row + "NEW_RANK))", parameters);
        sql.update("UPDATE " + EVALUATION + " SET"
                + " NEW_TIER_ID = (SELECT t.TIER_ID" + RUN_TIERS + "t.TIER_RANK = " + row + "NEW_RANK)"
                + " WHERE RUN_ID = :run", parameters);
        sql.update("UPDATE " + EVALUATION + " SET CHANGED = 1, REASON = COALESCE(REASON, :reason)"
                + " WHERE RUN_ID = :run AND ((OLD_TIER_ID IS NULL AND NEW_TIER_ID IS NOT NULL)"
                + " OR (OLD_TIER_ID IS NOT NULL AND NEW_TIER_ID IS NULL) OR OLD_TIER_ID <> NEW_TIER_ID)", parameters);
    }

    /** Logs the changes, writes the standings, empties the run's rows; returns the number of changes. */
    private static int apply(NamedParameterJdbcTemplate sql, MapSqlParameterSource parameters) {
        int changes = sql.update("INSERT INTO CNC_LOYALTY_CHANGE (CUSTOMER_ID, FROM_TIER_ID, TO_TIER_ID, REASON,"
                + " CHANGED_AT) SELECT e.CUSTOMER_ID, e.OLD_TIER_ID, e.NEW_TIER_ID, e.REASON, :now FROM "
                + EVALUATION + " e WHERE e.RUN_ID = :run AND e.CHANGED = 1", parameters);
        String ofThisRun = " WHERE CUSTOMER_ID BETWEEN :firstCustomer AND :lastCustomer AND CUSTOMER_ID IN"
                + " (SELECT e.CUSTOMER_ID FROM " + EVALUATION + " e WHERE e.RUN_ID = :run";
        String evaluated = "(SELECT e.%s FROM " + EVALUATION + " e WHERE e.RUN_ID = :run"
                + " AND e.CUSTOMER_ID = CNC_LOYALTY_STANDING.CUSTOMER_ID)";
        sql.update("UPDATE CNC_LOYALTY_STANDING SET SINCE = :now" + ofThisRun + " AND e.CHANGED = 1)", parameters);
        sql.update("UPDATE CNC_LOYALTY_STANDING SET TIER_ID = " + String.format(evaluated, "NEW_TIER_ID")
                + ", METRIC_VALUE = " + String.format(evaluated, "METRIC_VALUE")
                + ", KEEP_UNTIL = " + String.format(evaluated, "NEW_KEEP_UNTIL")
                + ", EVALUATED_AT = :now" + ofThisRun + ")", parameters);
        sql.update("INSERT INTO CNC_LOYALTY_STANDING (CUSTOMER_ID, TIER_ID, METRIC_VALUE, SINCE, KEEP_UNTIL,"
                + " EVALUATED_AT) SELECT e.CUSTOMER_ID, e.NEW_TIER_ID, e.METRIC_VALUE, :now, e.NEW_KEEP_UNTIL, :now"
                + " FROM " + EVALUATION + " e WHERE e.RUN_ID = :run AND NOT EXISTS"
                + " (SELECT 1 FROM CNC_LOYALTY_STANDING s WHERE s.CUSTOMER_ID = e.CUSTOMER_ID)", parameters);
        sql.update("DELETE FROM " + EVALUATION + " WHERE RUN_ID = :run", parameters);
        sql.update("DELETE FROM " + RUN_TIER + " WHERE RUN_ID = :run", parameters);
        return changes;
    }
}
