package io.concierge.admin.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of Broadleaf's admin tables as Concierge needs it. A row is recognized by its key (the id, or both ids of
 * a cross-reference), never by its other columns, so a merchant's later edit of a name or an order is kept.
 */
public final class AdminRow {

    private final AdminTable table;
    private final Map<String, Object> columns;
    private final List<Key> references;

    private AdminRow(AdminTable table, Map<String, Object> columns, List<Key> references) {
        this.table = table;
        this.columns = columns;
        this.references = references;
    }

    /** @param columnsAndValues column name, value, column name, value…; the key columns first; null values are left out */
    static AdminRow of(AdminTable table, Object... columnsAndValues) {
        Map<String, Object> columns = new LinkedHashMap<String, Object>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            if (columnsAndValues[i + 1] != null) {
                columns.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
            }
        }
        if (!new ArrayList<String>(columns.keySet()).subList(0, table.keyColumns.size()).equals(table.keyColumns)) {
            throw new IllegalArgumentException(table.tableName + " rows start with " + table.keyColumns);
        }
        return new AdminRow(table, Collections.unmodifiableMap(columns), Collections.<Key>emptyList());
    }

    /** A cross-reference of two rows, written only while both exist (a site may have removed a Broadleaf role). */
    static AdminRow xref(AdminTable table, AdminTable first, long firstId, AdminTable second, long secondId) {
        AdminRow row = of(table, table.keyColumns.get(0), firstId, table.keyColumns.get(1), secondId);
        return new AdminRow(table, row.columns, Collections.unmodifiableList(
                Arrays.asList(new Key(first, firstId), new Key(second, secondId))));
    }

    AdminTable table() {
        return table;
    }

    Key key() {
        return new Key(table, keyValues());
    }

    List<Key> references() {
        return references;
    }

    Map<String, Object> columns() {
        return columns;
    }

    Object[] keyValues() {
        return new ArrayList<Object>(columns.values()).subList(0, table.keyColumns.size()).toArray();
    }

    String insertSql() {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return "INSERT INTO " + table.tableName + " (" + join(new ArrayList<String>(columns.keySet()), ", ")
                + ") VALUES (" + marks + ")";
    }

    /**
     * Changes nothing but locks the row until the transaction ends; its count says whether the row is there. For
     * rows with one key column and another column.
     */
    String lockSql() {
        String column = new ArrayList<String>(columns.keySet()).get(1);
        return "UPDATE " + table.tableName + " SET " + column + " = " + column
                + " WHERE " + table.keyColumns.get(0) + " = ?";
    }

    Object[] insertValues() {
        return columns.values().toArray();
    }

    @Override
    public String toString() {
        return table.tableName + columns;
    }

    private static String join(List<String> parts, String separator) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            joined.append(joined.length() == 0 ? "" : separator).append(part);
        }
        return joined.toString();
    }

    /** What identifies a row of a table. */
    static final class Key {
        final AdminTable table;
        private final List<Object> values;

        Key(AdminTable table, Object... values) {
            this.table = table;
            List<Object> normalized = new ArrayList<Object>(values.length);
            for (Object value : values) {
                // Ids come as int, long or decimal depending on the JDBC driver: one type, so that keys compare.
                normalized.add(value instanceof Number ? (Object) ((Number) value).longValue() : value);
            }
            this.values = normalized;
        }

        Object[] values() {
            return values.toArray();
        }

        /** {@code A = ? AND B = ?} over the key columns, for {@link #values()}. */
        String condition() {
            List<String> conditions = new ArrayList<String>();
            for (String column : table.keyColumns) {
                conditions.add(column + " = ?");
            }
            return join(conditions, " AND ");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).table == table && ((Key) other).values.equals(values);
        }

        @Override
        public int hashCode() {
            return table.hashCode() * 31 + values.hashCode();
        }

        @Override
        public String toString() {
            return table.tableName + values;
        }
    }
}
