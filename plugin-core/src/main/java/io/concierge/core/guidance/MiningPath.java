package io.concierge.core.guidance;

/** How a mining run counts the baskets; both give the same rules. */
public enum MiningPath {

    /** In the database, by set-based statements: scales with the database (PostgreSQL, MariaDB). */
    SQL,

    /** In this JVM, over primitive arrays: the fast path for the embedded HSQLDB. */
    IN_MEMORY;

    /**
     * The path of the setting {@code concierge.guidance.mining.path}: {@code sql}, {@code memory}, or {@code auto}
     * (in memory on HSQLDB, whose joins are slow; in the database elsewhere).
     */
    public static MiningPath of(String setting, String databaseProductName) {
        String value = setting == null ? "auto" : setting.trim().toLowerCase();
        switch (value) {
            case "sql":
                return SQL;
            case "memory":
                return IN_MEMORY;
            case "auto":
                return databaseProductName != null && databaseProductName.toLowerCase().contains("hsql")
                        ? IN_MEMORY : SQL;
            default:
                throw new IllegalArgumentException("concierge.guidance.mining.path is sql, memory or auto, not '"
                        + setting + "'");
        }
    }
}
