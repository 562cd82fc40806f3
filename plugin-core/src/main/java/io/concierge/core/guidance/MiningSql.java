package io.concierge.core.guidance;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.SimpleDateFormat;
import java.util.Date;

import javax.persistence.EntityManager;

/**
 * The statements both mining paths share, over JDBC on the transaction's connection, and the one definition of the
 * baskets they mine. Numbers written into statement text (run numbers, totals, times) are the miner's own, never
 * input.
 */
final class MiningSql {

    /** Placed as {@code BroadleafOrders.isPlaced} says: submitted, and neither a cart, a wish list nor a quote. */
    static final String PLACED_ORDER = placedOrder("o");

    /** {@link #PLACED_ORDER} of the orders table aliased {@code alias}. */
    static String placedOrder(String alias) {
        return alias + ".SUBMIT_DATE IS NOT NULL AND " + alias + ".ORDER_STATUS NOT IN ('IN_PROCESS', 'NAMED', 'QUOTE')";
    }

    private final Session session;

    MiningSql(EntityManager em) {
        this.session = em.unwrap(Session.class);
    }

    /** The distinct products of each order that run {@code run} counts, as rows (ORDER_ID, PRODUCT_ID). */
    static String basketsOfRun(long run) {
        return "SELECT DISTINCT" + orderLinesOfRun(run).substring("SELECT".length());
    }

    /**
     * The products of each order that run {@code run} counts, a product twice in an order as two rows (ORDER_ID,
     * PRODUCT_ID): for a reader that drops the repeats itself, so the database need not.
     */
    static String orderLinesOfRun(long run) {
        return "SELECT m.ORDER_ID, d.PRODUCT_ID FROM " + MinedOrderImpl.TABLE + " m"
                + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = m.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
                + " WHERE m.RUN_NUMBER = " + run + " AND d.PRODUCT_ID IS NOT NULL";
    }

    /** A JDBC timestamp literal: HSQLDB cannot type a parameter in a select list, and MariaDB has no CAST to it. */
    static String timestampLiteral(Date time) {
        return "{ts '" + new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(time) + "'}";
    }

    /** Forgets every count and mined order, for a full run. */
    void forgetCounts() {
        update("DELETE FROM " + PairCountImpl.DELTA_TABLE);
        update("DELETE FROM " + PairCountImpl.TABLE);
        update("DELETE FROM " + MinedOrderImpl.TABLE);
    }

    /**
     * Lists the placed orders not yet mined as run {@code run}'s; returns how many. A full run (the list emptied
     * before) takes every placed order without asking the list: PostgreSQL may plan the NOT EXISTS over a table it has
     * never analyzed as a scan of it per order, which the insert itself makes longer and longer.
     */
    int takeNewOrders(long run, boolean full) {
        return update("INSERT INTO " + MinedOrderImpl.TABLE + " (ORDER_ID, RUN_NUMBER) SELECT o.ORDER_ID, " + run
                + " FROM BLC_ORDER o WHERE " + PLACED_ORDER + (full ? "" : " AND NOT EXISTS (SELECT 1 FROM "
                + MinedOrderImpl.TABLE + " m WHERE m.ORDER_ID = o.ORDER_ID)"));
    }

    long minedOrders() {
        return count("SELECT COUNT(*) FROM " + MinedOrderImpl.TABLE);
    }

    long rules() {
        return count("SELECT COUNT(*) FROM " + CoPurchaseRuleImpl.TABLE);
    }

    int update(String sql, Object... parameters) {
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Streams the rows of a query to {@code reader}. */
    void query(String sql, RowReader reader) {
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(10000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        });
    }

    interface BatchWriter {
        void write(Batch batch) throws SQLException;
    }

    /** Rows added to one prepared statement, sent in batches. */
    static final class Batch {

        private static final int SIZE = 1000;

        private final PreparedStatement statement;
        private int pending;

        private Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add(Object... parameters) throws SQLException {
            bind(statement, parameters);
            statement.addBatch();
            if (++pending == SIZE) {
                statement.executeBatch();
                pending = 0;
            }
        }

        private void finish() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    void batch(String sql, BatchWriter writer) {
        session.doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                Batch batch = new Batch(statement);
                writer.write(batch);
                batch.finish();
            }
        });
    }

    private long count(String sql) {
        long[] count = new long[1];
        query(sql, row -> count[0] = row.getLong(1));
        return count[0];
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
