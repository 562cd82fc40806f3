package io.concierge.admin.kernel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Broadleaf's admin tables that Concierge writes, in the order rows must be inserted (a row only refers to rows of
 * earlier tables), with the columns that identify a row.
 */
enum AdminTable {
    /** Broadleaf's roles: grants refer to them; Concierge never writes one. */
    ROLE("BLC_ADMIN_ROLE", "ADMIN_ROLE_ID"),
    MODULE("BLC_ADMIN_MODULE", "ADMIN_MODULE_ID"),
    PERMISSION("BLC_ADMIN_PERMISSION", "ADMIN_PERMISSION_ID"),
    PERMISSION_ENTITY("BLC_ADMIN_PERMISSION_ENTITY", "ADMIN_PERMISSION_ENTITY_ID"),
    PERMISSION_XREF("BLC_ADMIN_PERMISSION_XREF", "ADMIN_PERMISSION_ID", "CHILD_PERMISSION_ID"),
    SECTION("BLC_ADMIN_SECTION", "ADMIN_SECTION_ID"),
    SECTION_PERMISSION_XREF("BLC_ADMIN_SEC_PERM_XREF", "ADMIN_SECTION_ID", "ADMIN_PERMISSION_ID"),
    ROLE_PERMISSION_XREF("BLC_ADMIN_ROLE_PERMISSION_XREF", "ADMIN_ROLE_ID", "ADMIN_PERMISSION_ID");

    final String tableName;
    final List<String> keyColumns;

    AdminTable(String tableName, String... keyColumns) {
        this.tableName = tableName;
        this.keyColumns = Collections.unmodifiableList(Arrays.asList(keyColumns));
    }

    /** Reads the keys of all the table's rows (Broadleaf's admin tables hold hundreds of rows, not millions). */
    String selectKeysSql() {
        StringBuilder columns = new StringBuilder();
        for (String column : keyColumns) {
            columns.append(columns.length() == 0 ? "" : ", ").append(column);
        }
        return "SELECT " + columns + " FROM " + tableName;
    }

    /** A cross-reference table: its key columns are the ids of the rows it links, and it has no other. */
    boolean isXref() {
        return keyColumns.size() > 1;
    }
}
