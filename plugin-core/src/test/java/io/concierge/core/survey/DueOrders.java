package io.concierge.core.survey;

import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Orders due for a survey, many at once, for the dispatch's reliability test and benchmark: customers (Broadleaf's
 * BLC_CUSTOMER, with a first name), one submitted order each in English, Portuguese or Spanish (BLC_ORDER, with the
 * customer's e-mail), every twentieth order a second one of the previous customer, each delivered {@code daysAgo}
 * days ago on the help center's timeline (CNC_ORDER_EVENT, a few seconds apart), and every tenth customer opted out
 * of surveys (the help center's CNC_CONTACT_PREFERENCES). Written with JDBC batches under ids from {@code firstId}
 * on, far above those Broadleaf's generators give out, so that a test counts its own rows by id range.
 */
final class DueOrders {

    static final String[] LOCALES = {"en_US", "pt_BR", "es_ES"};
    private static final String[] FIRST_NAMES = {"Ana", "Rafael", "Lucia", "Tom", "Marta", "Joao"};
    private static final int PER_COMMIT = 2000;

    final long firstId;
    final int orders;
    /** The customers' e-mails, those who accept surveys and those who opted out. */
    final Set<String> accepting = new LinkedHashSet<String>();
    final Set<String> optedOut = new LinkedHashSet<String>();

    private DueOrders(long firstId, int orders) {
        this.firstId = firstId;
        this.orders = orders;
    }

    /** The last id of the range. */
    long lastId() {
        return firstId + orders - 1;
    }

    int customers() {
        return accepting.size() + optedOut.size();
    }

    static DueOrders write(DataSource data, long firstId, int orders, int daysAgo) throws SQLException {
        DueOrders due = new DueOrders(firstId, orders);
        long deliveredAt = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(daysAgo);
        Timestamp now = new Timestamp(System.currentTimeMillis() / 1000 * 1000);
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            knowLocales(connection);
            try (PreparedStatement customer = connection.prepareStatement("INSERT INTO BLC_CUSTOMER (CUSTOMER_ID,"
                    + " USER_NAME, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME) VALUES (?, ?, ?, ?, 'Surveyed')");
                 PreparedStatement order = connection.prepareStatement("INSERT INTO BLC_ORDER (ORDER_ID, CUSTOMER_ID,"
                         + " EMAIL_ADDRESS, LOCALE_CODE, ORDER_NUMBER, NAME, ORDER_STATUS, SUBMIT_DATE)"
                         + " VALUES (?, ?, ?, ?, ?, 'Due order', 'SUBMITTED', ?)");
                 PreparedStatement event = connection.prepareStatement("INSERT INTO CNC_ORDER_EVENT (EVENT_ID,"
                         + " ORDER_ID, TIMELINE_POSITION, EVENT_TYPE, OCCURRED_AT, RECORDED_AT, SOURCE, ACTOR_KIND,"
                         + " ACTOR_ID) VALUES (?, ?, 1, ?, ?, ?, ?, ?, 'carrier')");
                 PreparedStatement preference = connection.prepareStatement("INSERT INTO CNC_CONTACT_PREFERENCES"
                         + " (CUSTOMER_ID, SURVEYS, MARKETING, UPDATED_AT) VALUES (?, ?, ?, ?)")) {
                int pendingPreferences = 0;
                for (int i = 0; i < orders; i++) {
                    long id = firstId + i;
                    boolean secondOrder = i % 20 == 19;
                    long customerId = secondOrder ? id - 1 : id;
                    String email = "shopper" + customerId + "@survey.example.com";
                    if (!secondOrder) {
                        customer.setLong(1, customerId);
                        customer.setString(2, email);
                        customer.setString(3, email);
                        customer.setString(4, FIRST_NAMES[i % FIRST_NAMES.length]);
                        customer.addBatch();
                        if (i % 10 == 3) {
                            due.optedOut.add(email);
                            preference.setLong(1, customerId);
                            preference.setBoolean(2, false);
                            preference.setBoolean(3, true);
                            preference.setTimestamp(4, now);
                            preference.addBatch();
                            pendingPreferences++;
                        } else {
                            due.accepting.add(email);
                        }
                    }
                    Timestamp delivered = new Timestamp((deliveredAt - TimeUnit.SECONDS.toMillis(i)) / 1000 * 1000);
                    order.setLong(1, id);
                    order.setLong(2, customerId);
                    order.setString(3, email);
                    order.setString(4, LOCALES[i % LOCALES.length]);
                    order.setString(5, "DUE" + id);
                    order.setTimestamp(6, delivered);
                    order.addBatch();
                    event.setLong(1, id);
                    event.setLong(2, id);
                    event.setString(3, OrderEventType.DELIVERED.name());
                    event.setTimestamp(4, delivered);
                    event.setTimestamp(5, delivered);
                    event.setString(6, EventSource.WEBHOOK.name());
                    event.setString(7, Actor.Kind.INTEGRATION.name());
                    event.addBatch();
                    if ((i + 1) % PER_COMMIT == 0 || i == orders - 1) {
                        customer.executeBatch();
                        order.executeBatch();
                        event.executeBatch();
                        if (pendingPreferences > 0) {
                            // HSQLDB refuses an empty batch.
                            preference.executeBatch();
                            pendingPreferences = 0;
                        }
                        connection.commit();
                    }
                }
            }
        }
        return due;
    }

    /**
     * The only active survey from now on, or with {@code active} false the only one once {@link #activate}d: NPS five
     * days after delivery, throttled for 90 days, without reminders, under the id {@code firstId}. @return its id
     */
    long survey(DataSource data, boolean active) throws SQLException {
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE CNC_SURVEY SET ACTIVE = FALSE");
            statement.executeUpdate("INSERT INTO CNC_SURVEY (SURVEY_ID, NAME, KIND, TRIGGER_EVENT, TRIGGER_DAYS,"
                    + " THROTTLE_DAYS, REMINDER_DAYS, ACTIVE) VALUES (" + firstId + ", 'Due orders', '"
                    + SurveyKind.NPS.getType() + "', '" + SurveyTrigger.AFTER_DELIVERY.getType() + "', 5, 90, 0, "
                    + (active ? "TRUE" : "FALSE") + ")");
        }
        return firstId;
    }

    void activate(DataSource data) throws SQLException {
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE CNC_SURVEY SET ACTIVE = TRUE WHERE SURVEY_ID = " + firstId);
        }
    }

    private static void knowLocales(Connection connection) throws SQLException {
        for (String code : LOCALES) {
            try (PreparedStatement known = connection.prepareStatement("SELECT COUNT(*) AS KNOWN FROM BLC_LOCALE"
                    + " WHERE LOCALE_CODE = ?")) {
                known.setString(1, code);
                try (ResultSet row = known.executeQuery()) {
                    row.next();
                    if (row.getLong(1) > 0) {
                        continue;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO BLC_LOCALE (LOCALE_CODE,"
                    + " FRIENDLY_NAME) VALUES (?, ?)")) {
                insert.setString(1, code);
                insert.setString(2, code);
                insert.executeUpdate();
            }
        }
        connection.commit();
    }
}
