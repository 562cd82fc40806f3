package io.concierge.demo;

import org.junit.jupiter.api.Test;

import java.io.File;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DemoStoreStartupIT {

    /** Both starts fail at the database check, before anything is written to the data directory. */
    private static final File NO_DATA_DIR = new File("target/unused-data-dir");

    @Test
    void anUnreachableDatabaseStopsTheStartWithOneLineReason() {
        DemoStoreConfig unreachable = new DemoStoreConfig("127.0.0.1", 0, 0, "jdbc:hsqldb:hsql://127.0.0.1:1/nothing",
                "org.hsqldb.jdbcDriver", "sa", "", "org.hibernate.dialect.HSQLDialect", "VALUES (1)", NO_DATA_DIR, "");

        DemoStore.StartupFailure failure = catchThrowableOfType(
                () -> new DemoStore(unreachable).start(), DemoStore.StartupFailure.class);

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage())
                .startsWith("cannot open database jdbc:hsqldb:hsql://127.0.0.1:1/nothing")
                .doesNotContain("\n");
    }

    @Test
    void aMissingJdbcDriverIsNamed() {
        DemoStoreConfig noDriver = new DemoStoreConfig("127.0.0.1", 0, 0, "jdbc:nothing:db", "com.example.NoSuchDriver",
                "sa", "", "org.hibernate.dialect.HSQLDialect", "VALUES (1)", NO_DATA_DIR, "");

        DemoStore.StartupFailure failure = catchThrowableOfType(
                () -> new DemoStore(noDriver).start(), DemoStore.StartupFailure.class);

        assertThat(failure.getMessage()).isEqualTo("JDBC driver com.example.NoSuchDriver is not on the classpath");
    }
}
