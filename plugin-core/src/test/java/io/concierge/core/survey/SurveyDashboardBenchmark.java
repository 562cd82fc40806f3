package io.concierge.core.survey;

import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * How long one view of the survey dashboard takes at a million answers (target: under 1 s), and how long the CSV
 * export of all of them takes. Not run by {@code mvn verify}. The test context (in-memory HSQLDB, or the database of
 * the {@code concierge.test.db.*} properties: {@code -Pdb-postgresql}); {@code orders} real orders checked out by
 * Broadleaf, each with one product and shipped by one of four carriers, then {@code answers} answers spread over
 * the dashboard's 12 weeks and those orders (scores uniform on 0–10; a third of the detractors with a reason), each
 * with its invitation, written with JDBC batches. The invitations carry made-up order ids (the key allows one
 * invitation per survey and order, and a million real orders would take hours to check out); the answers name the
 * real orders, so the product, category and carrier joins have their rows. The rollup is then rebuilt from those
 * rows ({@link SurveyRollup#rebuild}, as for a seed or an upgrade), and each view is
 * {@link SurveyDashboard#figures} for the 12 weeks, read from the rollup: the index, the response rate, the weekly
 * trend, the reasons and the breakdowns.
 * {@code mvn -B -q -pl plugin-core test-compile exec:exec@survey-dashboard-benchmark -Dbench.args="answers orders
 * views"} (default 1000000 200 5).
 */
public final class SurveyDashboardBenchmark {

    private static final String[] CARRIERS = {"UPS", "Correios", "SEUR", "DHL"};

    public static void main(String[] args) throws Exception {
        int answers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int orderCount = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int views = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ConfigurableApplicationContext context = BroadleafContextExtension.context();
        try {
            run(context, answers, orderCount, views);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int answers, int orderCount, int views)
            throws Exception {
        TestOrders orders = TestOrders.fromContext();
        OrderTimelineService timelines = context.getBean("cncOrderTimelineService", OrderTimelineService.class);
        SurveyDashboard dashboard = context.getBean("cncSurveyDashboard", SurveyDashboard.class);
        DataSource data = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();
        long started = System.nanoTime();
        List<Long> orderIds = new ArrayList<Long>();
        for (int i = 0; i < orderCount; i++) {
            Order order = orders.checkedOut();
            timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "carrier")
                    .shipment(CARRIERS[i % CARRIERS.length], null, null));
            orderIds.add(order.getId());
        }
        long surveyId;
        long reasonId;
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            surveyId = -900_001L;
            reasonId = -900_001L;
            statement.executeUpdate("INSERT INTO CNC_SURVEY (SURVEY_ID, NAME, KIND, TRIGGER_EVENT, TRIGGER_DAYS,"
                    + " THROTTLE_DAYS, REMINDER_DAYS, ACTIVE) VALUES (" + surveyId + ", 'Benchmark', 'NPS',"
                    + " 'AFTER_DELIVERY', 5, 90, 0, FALSE)");
            statement.executeUpdate("INSERT INTO CNC_SURVEY_REASON (REASON_ID, SURVEY_ID, LABEL_EN, DISPLAY_ORDER,"
                    + " ACTIVE) VALUES (" + reasonId + ", " + surveyId + ", 'Benchmark reason', 1, TRUE)");
        }
        System.out.printf("%d orders checked out and shipped in %.1f s%n", orderCount, seconds(started));

        started = System.nanoTime();
        SurveyDashboard.Period period = SurveyDashboard.Period.lastWeeks(surveyId, 12, new Date(), dashboard.zone());
        long now = System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(1);
        long span = now - period.getFrom().atStartOfDay(dashboard.zone()).toInstant().toEpochMilli();
        Random random = new Random(42);
        int reasons = 0;
        int reasonsPending = 0;
        try (Connection connection = data.getConnection();
             PreparedStatement answer = connection.prepareStatement("INSERT INTO CNC_SURVEY_ANSWER (ANSWER_ID,"
                     + " INVITATION_ID, SURVEY_ID, ORDER_ID, SCORE, SCORE_GROUP, ANSWERED_AT, UPDATED_AT)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement invitation = connection.prepareStatement("INSERT INTO CNC_SURVEY_INVITATION"
                     + " (INVITATION_ID, SURVEY_ID, ORDER_ID, CUSTOMER_ID, EMAIL, LOCALE_CODE, STATUS, EVENT_AT,"
                     + " CREATED_AT, SENT_AT) VALUES (?, ?, ?, ?, ?, 'en_US', 'ANSWERED', ?, ?, ?)");
             PreparedStatement reason = connection.prepareStatement("INSERT INTO CNC_SURVEY_ANSWER_REASON"
                     + " (ANSWER_ID, REASON_ID) VALUES (?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= answers; i++) {
                long id = -1_000_000_000L - i;
                int score = random.nextInt(11);
                Timestamp at = new Timestamp(now - (long) (random.nextDouble() * span));
                invitation.setLong(1, id);
                invitation.setLong(2, surveyId);
                invitation.setLong(3, id);
                invitation.setLong(4, id);
                invitation.setString(5, "shopper" + i + "@example.com");
                invitation.setTimestamp(6, at);
                invitation.setTimestamp(7, at);
                invitation.setTimestamp(8, at);
                invitation.addBatch();
                answer.setLong(1, id);
                answer.setLong(2, id);
                answer.setLong(3, surveyId);
                answer.setLong(4, orderIds.get(random.nextInt(orderIds.size())));
                answer.setInt(5, score);
                answer.setString(6, SurveyKind.NPS.groupOf(score).name());
                answer.setTimestamp(7, at);
                answer.setTimestamp(8, at);
                answer.addBatch();
                if (score <= 6 && random.nextInt(3) == 0) {
                    reason.setLong(1, id);
                    reason.setLong(2, reasonId);
                    reason.addBatch();
                    reasons++;
                    reasonsPending++;
                }
                if (i % 5_000 == 0) {
                    invitation.executeBatch();
                    answer.executeBatch();
                    if (reasonsPending > 0) {
                        reason.executeBatch();
                        reasonsPending = 0;
                    }
                    connection.commit();
                }
            }
            if (answers % 5_000 != 0) {
                // HSQLDB refuses an empty batch.
                invitation.executeBatch();
                answer.executeBatch();
            }
            if (reasonsPending > 0) {
                reason.executeBatch();
            }
            connection.commit();
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                // As autovacuum would soon after such a load: the planner's statistics of the new rows.
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
            }
        }
        System.out.printf("%d answers (%d reasons) written in %.1f s%n", answers, reasons, seconds(started));

        // The answers were written without the rollup: counted anew from their rows, as a seed or an upgrade is.
        started = System.nanoTime();
        SurveyRollup rollup = context.getBean("cncSurveyRollup", SurveyRollup.class);
        new TransactionTemplate(context.getBean("blTransactionManager", JpaTransactionManager.class))
                .execute(status -> {
                    rollup.rebuild(surveyId);
                    return null;
                });
        long rows;
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                statement.execute("ANALYZE " + SurveyDayCountImpl.TABLE);
            }
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) AS ROWS_KEPT FROM "
                    + SurveyDayCountImpl.TABLE + " WHERE SURVEY_ID = " + surveyId)) {
                count.next();
                rows = count.getLong(1);
            }
        }
        System.out.printf("rollup rebuilt from the rows in %.1f s: %d rows%n", seconds(started), rows);

        SurveyFigures warm = dashboard.figures(period);
        System.out.printf("warm-up view: %d answers, %d mailed, NPS %.1f, %d products, %d carriers%n",
                warm.getTotal().getAnswers(), warm.getMailed(), warm.getIndex(), warm.breakdown(SurveyFigures.Breakdown.PRODUCT.name()).size(),
                warm.breakdown(SurveyFigures.Breakdown.CARRIER.name()).size());
        double[] times = new double[views];
        for (int view = 0; view < views; view++) {
            long start = System.nanoTime();
            dashboard.figures(period);
            times[view] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("dashboard view at %d answers: min %.0f ms, median %.0f ms, max %.0f ms (%d views)%n",
                answers, times[0], times[views / 2], times[views - 1], views);

        started = System.nanoTime();
        CountingWriter csv = new CountingWriter();
        dashboard.answersAsCsv(period, csv);
        System.out.printf("CSV export of %d answers: %.1f s, %.1f MB%n", csv.lines - 1, seconds(started),
                csv.chars / 1e6);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Counts what the export writes instead of keeping it. */
    private static final class CountingWriter extends Writer {
        long chars;
        long lines;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
            for (int i = offset; i < offset + length; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
