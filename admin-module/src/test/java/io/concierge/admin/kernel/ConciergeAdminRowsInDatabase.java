package io.concierge.admin.kernel;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/** Reads and removes the Concierge rows of Broadleaf's admin tables over JDBC, as a test sees the database. */
final class ConciergeAdminRowsInDatabase {

    /** Every Concierge id block lies here (the README's list), Broadleaf's own seed rows above it. */
    private static final long LOWEST = -8999;
    private static final long HIGHEST = -7700;

    private final JdbcTemplate jdbc;

    ConciergeAdminRowsInDatabase(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** All Concierge rows (a row with a Concierge id in its key), each as one line, sorted. */
    List<String> all() {
        List<String> rows = new ArrayList<String>();
        for (AdminTable table : seededTables()) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + table.tableName + where(table),
                    range(table))) {
                Map<String, String> line = new TreeMap<String, String>();
                for (Map.Entry<String, Object> column : row.entrySet()) {
                    line.put(column.getKey().toUpperCase(), text(column.getValue()));
                }
                rows.add(table.tableName + line);
            }
        }
        Collections.sort(rows);
        return rows;
    }

    /** A database that Concierge was never installed in. */
    void deleteAll() {
        List<AdminTable> tables = seededTables();
        Collections.reverse(tables);
        for (AdminTable table : tables) {
            jdbc.update("DELETE FROM " + table.tableName + where(table), range(table));
        }
    }

    /** Removes exactly these rows, as if their part had not been installed yet. */
    void delete(List<AdminRow> rows) {
        List<AdminRow> reversed = new ArrayList<AdminRow>(rows);
        Collections.sort(reversed, (a, b) -> b.table().compareTo(a.table()));
        for (AdminRow row : reversed) {
            AdminRow.Key key = row.key();
            jdbc.update("DELETE FROM " + key.table.tableName + " WHERE " + key.condition(), key.values());
        }
    }

    void update(String sql, Object... args) {
        jdbc.update(sql, args);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static List<AdminTable> seededTables() {
        List<AdminTable> tables = new ArrayList<AdminTable>(Arrays.asList(AdminTable.values()));
        tables.remove(AdminTable.ROLE);
        return tables;
    }

    private static String where(AdminTable table) {
        StringBuilder where = new StringBuilder();
        for (String column : table.keyColumns) {
            where.append(where.length() == 0 ? " WHERE " : " OR ").append(column).append(" BETWEEN ? AND ?");
        }
        return where.toString();
    }

    private static Object[] range(AdminTable table) {
        List<Object> bounds = new ArrayList<Object>();
        for (int i = 0; i < table.keyColumns.size(); i++) {
            bounds.add(LOWEST);
            bounds.add(HIGHEST);
        }
        return bounds.toArray();
    }

    private static String text(Object value) {
        if (value instanceof byte[]) {
            return Arrays.toString((byte[]) value);
        }
        return value instanceof Number ? String.valueOf(((Number) value).longValue()) : String.valueOf(value);
    }
}
