package io.concierge.core.guidance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MiningPathTest {

    @Test
    void autoMinesInMemoryOnHsqldbOnlyAndInTheDatabaseElsewhere() {
        assertThat(MiningPath.of("auto", "HSQL Database Engine")).isEqualTo(MiningPath.IN_MEMORY);
        assertThat(MiningPath.of(null, "PostgreSQL")).isEqualTo(MiningPath.SQL);
        assertThat(MiningPath.of(" AUTO ", "MariaDB")).isEqualTo(MiningPath.SQL);
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(MiningPath.of("sql", "HSQL Database Engine")).isEqualTo(MiningPath.SQL);
        assertThat(MiningPath.of("memory", "PostgreSQL")).isEqualTo(MiningPath.IN_MEMORY);
    }

    @Test
    void aWrongSettingSaysWhatIsAllowed() {
        assertThatThrownBy(() -> MiningPath.of("fast", "")).hasMessageContaining("sql, memory or auto")
                .hasMessageContaining("'fast'");
    }
}
