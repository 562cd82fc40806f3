package io.concierge.core.kernel.mail;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxDatabaseTest {

    @Test
    void skipLockedIsUsedWhereTheDatabaseVersionHasIt() {
        assertThat(OutboxDatabase.of("PostgreSQL", 16, 4)).isEqualTo(OutboxDatabase.POSTGRESQL);
        assertThat(OutboxDatabase.of("PostgreSQL", 9, 5)).isEqualTo(OutboxDatabase.POSTGRESQL);
        assertThat(OutboxDatabase.of("PostgreSQL", 9, 4)).isEqualTo(OutboxDatabase.OTHER);
        assertThat(OutboxDatabase.of("MariaDB", 10, 11)).isEqualTo(OutboxDatabase.MYSQL);
        assertThat(OutboxDatabase.of("MariaDB", 11, 0)).isEqualTo(OutboxDatabase.MYSQL);
        assertThat(OutboxDatabase.of("MariaDB", 10, 5)).isEqualTo(OutboxDatabase.MYSQL_WITHOUT_SKIP_LOCKED);
        assertThat(OutboxDatabase.of("MySQL", 8, 0)).isEqualTo(OutboxDatabase.MYSQL);
        assertThat(OutboxDatabase.of("MySQL", 5, 7)).isEqualTo(OutboxDatabase.MYSQL_WITHOUT_SKIP_LOCKED);
        assertThat(OutboxDatabase.of("MySQL", 10, 5)).as("MariaDB reported as MySQL")
                .isEqualTo(OutboxDatabase.MYSQL_WITHOUT_SKIP_LOCKED);
        assertThat(OutboxDatabase.of("HSQL Database Engine", 2, 3)).isEqualTo(OutboxDatabase.HSQLDB);
        assertThat(OutboxDatabase.of("Apache Derby", 10, 14)).isEqualTo(OutboxDatabase.OTHER);
        assertThat(OutboxDatabase.of(null, 0, 0)).isEqualTo(OutboxDatabase.OTHER);
    }

    @Test
    void onlyKnownDatabasesClaimBySkippingLockedRowsOrInsertIfAbsentInOneStatement() {
        assertThat(OutboxDatabase.POSTGRESQL.skipsLocked()).isTrue();
        assertThat(OutboxDatabase.MYSQL.skipsLocked()).isTrue();
        assertThat(OutboxDatabase.MYSQL_WITHOUT_SKIP_LOCKED.skipsLocked()).isFalse();
        assertThat(OutboxDatabase.HSQLDB.skipsLocked()).isFalse();
        assertThat(OutboxDatabase.OTHER.skipsLocked()).isFalse();
        assertThat(OutboxDatabase.OTHER.insertsIfAbsent()).isFalse();
        assertThat(OutboxDatabase.HSQLDB.insertsIfAbsent()).isTrue();
    }

    @Test
    void theInsertYieldsToAnExistingKeyInEachDialect() {
        assertThat(OutboxDatabase.POSTGRESQL.insertIfAbsent("T", "K", "ID", "K"))
                .isEqualTo("INSERT INTO T (ID, K) VALUES (?, ?) ON CONFLICT (K) DO NOTHING");
        assertThat(OutboxDatabase.MYSQL.insertIfAbsent("T", "K", "ID", "K"))
                .isEqualTo("INSERT INTO T (ID, K) VALUES (?, ?) ON DUPLICATE KEY UPDATE K = K");
        assertThat(OutboxDatabase.HSQLDB.insertIfAbsent("T", "K", "ID", "K"))
                .startsWith("MERGE INTO T t USING (VALUES (CAST(? AS VARCHAR(200))))")
                .endsWith("WHEN NOT MATCHED THEN INSERT (ID, K) VALUES (?, ?)");
        assertThat(OutboxDatabase.OTHER.insertIfAbsent("T", "K", "ID", "K"))
                .isEqualTo("INSERT INTO T (ID, K) VALUES (?, ?)");
    }
}
