package io.concierge.core.helpcenter.cases;

import io.concierge.core.testing.BroadleafContextExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * The admin inbox's page of cases at 100 000 cases (target: under 300 ms), as {@code CasesAdminController} asks for
 * it: {@link CaseService#list} with the filters the page offers, 50 a page, with the total for the pager. Not run by
 * {@code mvn verify}. The test context (in-memory HSQLDB, or the database of the {@code concierge.test.db.*}
 * properties: {@code -Pdb-postgresql}); the cases are written with JDBC batches over the last 90 days (a third
 * open, 1 % owed priority support, five reasons, some answered within the day).
 * {@code mvn -B -q -pl plugin-core test-compile exec:exec@case-list-benchmark -Dbench.args="cases calls"}
 * (default 100000 30).
 */
public final class CaseListBenchmark {

    private static final String[] STATUSES = {"OPEN", "ANSWERED", "RESOLVED"};

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ConfigurableApplicationContext context = BroadleafContextExtension.context();
        try {
            run(context, count, calls);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int count, int calls) throws Exception {
        CaseService cases = context.getBean("cncCaseService", CaseService.class);
        DataSource data = context.getBean("blTransactionManager", JpaTransactionManager.class).getDataSource();
        long reason = -900_001L;
        long started = System.nanoTime();
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO CNC_CASE_REASON (REASON_ID, LABEL, DISPLAY_ORDER, ACTIVE)"
                        + " VALUES (" + reason + ", 'Benchmark reason', 999, TRUE)");
            }
            connection.setAutoCommit(false);
            Random random = new Random(42);
            long now = System.currentTimeMillis();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CNC_SUPPORT_CASE (CASE_ID,"
                    + " CASE_NUMBER, CUSTOMER_ID, EMAIL, CUSTOMER_NAME, REASON_ID, REASON_LABEL, SUBJECT, STATUS,"
                    + " CHANNEL, PRIORITY, LOCALE_CODE, CREATED_AT, FIRST_RESPONSE_AT, LAST_ACTIVITY_AT, LINK_VERSION)"
                    + " VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, 'CASE_FORM', ?, 'en_US', ?, ?, ?, 0)")) {
                for (int i = 1; i <= count; i++) {
                    long id = -1_000_000_000L - i;
                    long created = now - (long) (random.nextDouble() * TimeUnit.DAYS.toMillis(90));
                    String status = STATUSES[random.nextInt(STATUSES.length)];
                    boolean answered = !"OPEN".equals(status) || random.nextBoolean();
                    insert.setLong(1, id);
                    insert.setString(2, "B" + i);
                    insert.setString(3, "shopper" + i + "@example.com");
                    insert.setString(4, "Shopper " + i);
                    boolean ofTheReason = random.nextInt(5) == 0;
                    insert.setObject(5, ofTheReason ? reason : null);
                    insert.setString(6, ofTheReason ? "Benchmark reason" : null);
                    insert.setString(7, "Where is my parcel " + i);
                    insert.setString(8, status);
                    insert.setObject(9, random.nextInt(100) == 0 ? Boolean.TRUE : null);
                    insert.setTimestamp(10, new Timestamp(created));
                    insert.setTimestamp(11, answered ? new Timestamp(created + TimeUnit.HOURS.toMillis(3)) : null);
                    insert.setTimestamp(12, new Timestamp(created + (answered ? TimeUnit.HOURS.toMillis(3) : 0)));
                    insert.addBatch();
                    if (i % 5_000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                if (count % 5_000 != 0) {
                    // HSQLDB refuses an empty batch.
                    insert.executeBatch();
                }
                connection.commit();
            }
            if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE");
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d cases written in %.1f s%n", count, (System.nanoTime() - started) / 1e9);

        Map<String, CaseFilter> filters = new LinkedHashMap<String, CaseFilter>();
        filters.put("all cases", CaseFilter.all());
        filters.put("open", CaseFilter.all().status(CaseStatus.OPEN));
        filters.put("of one reason", CaseFilter.all().reason(reason));
        filters.put("older than 48 hours", CaseFilter.all().olderThanHours(48));
        filters.put("overdue", CaseFilter.all().overdueOnly(true));
        for (Map.Entry<String, CaseFilter> filter : filters.entrySet()) {
            for (int warm = 0; warm < 5; warm++) {
                cases.list(filter.getValue(), warm, 50);
            }
            double[] millis = new double[calls];
            long total = 0;
            for (int call = 0; call < calls; call++) {
                long start = System.nanoTime();
                CaseList page = cases.list(filter.getValue(), call % 10, 50);
                millis[call] = (System.nanoTime() - start) / 1e6;
                total = page.getTotal();
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "case list, %s (%d cases match): p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                            + " (%d pages of 50; load average %.1f)%n", filter.getKey(), total,
                    millis[calls / 2], millis[Math.min(calls - 1, (int) Math.ceil(calls * 0.99) - 1)],
                    millis[calls - 1], calls, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
