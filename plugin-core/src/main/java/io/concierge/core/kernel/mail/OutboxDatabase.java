package io.concierge.core.kernel.mail;

import java.util.Collections;
import java.util.Locale;

/**
 * What the outbox's SQL may rely on in the database behind blPU. PostgreSQL (9.5+) and MariaDB (10.6+) or MySQL
 * (8.0.1+) claim with {@code SELECT … FOR UPDATE SKIP LOCKED}, so concurrent senders pass each other's rows by; the
 * rest (HSQLDB, older versions, anything unknown) claim each row with an UPDATE whose condition re-checks that the
 * row is still claimable, so of two senders reading the same row only one wins it.
 */
public enum OutboxDatabase {

    POSTGRESQL(true, true),
    MYSQL(true, true),
    MYSQL_WITHOUT_SKIP_LOCKED(true, false),
    HSQLDB(true, false),
    OTHER(false, false);

    private final boolean insertsIfAbsent;
    private final boolean skipsLocked;

    OutboxDatabase(boolean insertsIfAbsent, boolean skipsLocked) {
        this.insertsIfAbsent = insertsIfAbsent;
        this.skipsLocked = skipsLocked;
    }

    /** From JDBC's {@code getDatabaseProductName()} and version. */
    public static OutboxDatabase of(String productName, int major, int minor) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgresql")) {
            return major > 9 || major == 9 && minor >= 5 ? POSTGRESQL : OTHER;
        }
        if (name.contains("mariadb")) {
            return major > 10 || major == 10 && minor >= 6 ? MYSQL : MYSQL_WITHOUT_SKIP_LOCKED;
        }
        if (name.contains("mysql")) {
            // MariaDB's driver may report itself as MySQL with MariaDB's version (10.x, 11.x).
            boolean mariaDbVersion = major >= 10;
            boolean skipLocked = mariaDbVersion ? major > 10 || minor >= 6 : major >= 8;
            return skipLocked ? MYSQL : MYSQL_WITHOUT_SKIP_LOCKED;
        }
        if (name.contains("hsql")) {
            return HSQLDB;
        }
        return OTHER;
    }

    /**
     * Whether one statement inserts a mail unless its idempotency key is there, waiting for a concurrent insert of
     * the same key to commit or roll back instead of failing on the unique constraint.
     */
    public boolean insertsIfAbsent() {
        return insertsIfAbsent;
    }

    public boolean skipsLocked() {
        return skipsLocked;
    }

    /** The INSERT of {@code columns} (all as parameters) that does nothing when {@code keyColumn} is taken. */
    String insertIfAbsent(String table, String keyColumn, String... columns) {
        String names = String.join(", ", columns);
        String parameters = String.join(", ", Collections.nCopies(columns.length, "?"));
        switch (this) {
            case POSTGRESQL:
                return "INSERT INTO " + table + " (" + names + ") VALUES (" + parameters + ")"
                        + " ON CONFLICT (" + keyColumn + ") DO NOTHING";
            case MYSQL:
            case MYSQL_WITHOUT_SKIP_LOCKED:
                // A no-op update on a duplicate key: unlike INSERT IGNORE it turns no other error into a warning.
                return "INSERT INTO " + table + " (" + names + ") VALUES (" + parameters + ")"
                        + " ON DUPLICATE KEY UPDATE " + keyColumn + " = " + keyColumn;
            case HSQLDB:
                return "MERGE INTO " + table + " t USING (VALUES (CAST(? AS VARCHAR(" + OutboxMailImpl.MAX_KEY_LENGTH
                        + ")))) k (KEY_VALUE) ON t." + keyColumn + " = k.KEY_VALUE"
                        + " WHEN NOT MATCHED THEN INSERT (" + names + ") VALUES (" + parameters + ")";
            default:
                return "INSERT INTO " + table + " (" + names + ") VALUES (" + parameters + ")";
        }
    }

    /** Whether {@link #insertIfAbsent} takes the key once more as its first parameter. */
    boolean keyComesFirst() {
        return this == HSQLDB;
    }

    /** A clause that makes a SELECT read the newest committed row, even in a REPEATABLE READ transaction. */
    String readCommittedRow() {
        switch (this) {
            case POSTGRESQL:
                return " FOR SHARE";
            case MYSQL:
            case MYSQL_WITHOUT_SKIP_LOCKED:
                return " LOCK IN SHARE MODE";
            default:
                return "";
        }
    }
}
