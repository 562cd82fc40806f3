package io.concierge.core.guidance;

import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.SimpleDateFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

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
    private final StringBuilder phases = new StringBuilder();
    private long phaseStarted = System.nanoTime();

    MiningSql(EntityManager em) {
        this.session = em.unwrap(Session.class);
    }

    /** Notes how long the phase that ends now took (since the previous one ended): the run's report lists them. */
    void phaseDone(String phase) {
        long now = System.nanoTime();
        phases.append(phases.length() == 0 ? "" : ", ").append(phase).append(' ')
                .append((now - phaseStarted) / 1_000_000).append(" ms");
        phaseStarted = now;
    }

    /** The phases so far with their times, as "listing 120 ms, counting 800 ms". */
    String phases() {
        return phases.toString();
    }

    /**
     * The queries of the order lines that run {@code run} counts, each giving rows (ORDER_ID, PRODUCT_ID), a product
     * twice in an order as two rows, every order's lines from one query only: the orders the run listed, and for a
     * full run also every placed order submitted at or before {@code countedUpTo} (null for an incremental run).
     */
    static List<String> orderLinesOfRun(long run, Date countedUpTo) {
        String listed = "SELECT m.ORDER_ID, d.PRODUCT_ID FROM " + MinedOrderImpl.TABLE + " m"
                + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = m.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
                + " WHERE m.RUN_NUMBER = " + run + " AND d.PRODUCT_ID IS NOT NULL";
        if (countedUpTo == null) {
            return Collections.singletonList(listed);
        }
        return Arrays.asList("SELECT o.ORDER_ID, d.PRODUCT_ID FROM BLC_ORDER o"
                + " JOIN BLC_ORDER_ITEM i ON i.ORDER_ID = o.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = i.ORDER_ITEM_ID"
                + " WHERE " + submittedUpTo(countedUpTo) + " AND d.PRODUCT_ID IS NOT NULL", listed);
    }

    /** The placed orders {@code o} submitted at or before {@code watermark}. */
    private static String submittedUpTo(Date watermark) {
        return PLACED_ORDER + " AND o.SUBMIT_DATE <= " + timestampLiteral(watermark);
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
     * Lists as run {@code run}'s the placed orders submitted after {@code watermark} and not listed yet (after a full
     * run's {@link #forgetCounts} none is); returns how many. A full run asks no NOT EXISTS of the emptied list:
     * PostgreSQL may plan it over a table it has never analyzed as a scan of it per order.
     */
    int listOrdersAfter(long run, Date watermark, boolean full) {
        return update("INSERT INTO " + MinedOrderImpl.TABLE + " (ORDER_ID, RUN_NUMBER, SUBMIT_DATE) SELECT o.ORDER_ID, "
                + run + ", o.SUBMIT_DATE FROM BLC_ORDER o WHERE " + PLACED_ORDER + " AND o.SUBMIT_DATE > "
                + timestampLiteral(watermark) + (full ? "" : " AND NOT EXISTS (SELECT 1 FROM " + MinedOrderImpl.TABLE
                + " m WHERE m.ORDER_ID = o.ORDER_ID)"));
    }

    /** How many placed orders were submitted at or before {@code watermark}: a full run counts them unlisted. */
    long placedUpTo(Date watermark) {
        return count("SELECT COUNT(*) FROM BLC_ORDER o WHERE " + submittedUpTo(watermark));
    }

    /** Forgets the listed orders that the watermark, moved to {@code watermark}, now covers. */
    void forgetListedUpTo(Date watermark) {
        update("DELETE FROM " + MinedOrderImpl.TABLE + " WHERE SUBMIT_DATE <= " + timestampLiteral(watermark));
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

    interface RowsWriter {
        void write(Rows rows) throws SQLException;
    }

    /**
     * Rows for one table, sent as multi-row INSERTs of up to {@value #ROWS} rows: one statement and one round trip
     * per {@value #ROWS} rows, where a JDBC batch costs PostgreSQL's driver (without reWriteBatchedInserts) one
     * statement per row.
     */
    static final class Rows {

        private static final int ROWS = 500;

        private final Connection connection;
        private final String insert;
        private final int columns;
        private final Object[] values;
        private PreparedStatement fullStatement;
        private int pending;

        private Rows(Connection connection, String insert, int columns) {
            this.connection = connection;
            this.insert = insert;
            this.columns = columns;
            this.values = new Object[ROWS * columns];
        }

        void add(Object... row) throws SQLException {
            System.arraycopy(row, 0, values, pending * columns, columns);
            if (++pending == ROWS) {
                if (fullStatement == null) {
                    fullStatement = connection.prepareStatement(statement(ROWS));
                }
                send(fullStatement);
            }
        }

        private void finish() throws SQLException {
            try {
                if (pending > 0) {
                    try (PreparedStatement last = connection.prepareStatement(statement(pending))) {
                        send(last);
                    }
                }
            } finally {
                if (fullStatement != null) {
                    fullStatement.close();
                }
            }
        }

        private void send(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < pending * columns; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            pending = 0;
        }

        private String statement(int rows) {
            String row = "(?" + new String(new char[columns - 1]).replace("\0", ", ?") + ")";
            StringBuilder sql = new StringBuilder(insert).append(" VALUES ").append(row);
            for (int i = 1; i < rows; i++) {
                sql.append(", ").append(row);
            }
            return sql.toString();
        }
    }

    /**
     * Writes rows with {@link Rows}.
     *
     * @param insert  {@code INSERT INTO table (column, …)}, without VALUES
     * @param columns how many columns it names
     */
    void insert(String insert, int columns, RowsWriter writer) {
        session.doWork(connection -> {
            Rows rows = new Rows(connection, insert, columns);
            writer.write(rows);
            rows.finish();
        });
    }

    /** Adds the run's counts in the delta table to the stored counts (new pairs inserted), and empties it. */
    void addDeltaToCounts() {
        String counts = PairCountImpl.TABLE;
        String delta = PairCountImpl.DELTA_TABLE;
        String samePair = ".PRODUCT_ID = d.PRODUCT_ID AND ";
        // Existing pairs first: the INSERT below adds the new ones, which the UPDATE must not count twice.
        update("UPDATE " + counts + " SET ORDERS = ORDERS + (SELECT d.ORDERS FROM " + delta + " d WHERE "
                + counts + samePair + counts + ".OTHER_PRODUCT_ID = d.OTHER_PRODUCT_ID) WHERE EXISTS (SELECT 1"
                + " FROM " + delta + " d WHERE " + counts + samePair + counts
                + ".OTHER_PRODUCT_ID = d.OTHER_PRODUCT_ID)");
        update("INSERT INTO " + counts + " (PRODUCT_ID, OTHER_PRODUCT_ID, ORDERS) SELECT d.PRODUCT_ID,"
                + " d.OTHER_PRODUCT_ID, d.ORDERS FROM " + delta + " d WHERE NOT EXISTS (SELECT 1 FROM " + counts
                + " c WHERE c" + samePair + "c.OTHER_PRODUCT_ID = d.OTHER_PRODUCT_ID)");
        update("DELETE FROM " + delta);
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
