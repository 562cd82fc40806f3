package io.concierge.core.kernel;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapabilityModulesTest {

    private final CapabilityModule kb = new CapabilityModule("kb", "Knowledge base", null);
    private final CapabilityModule loyalty = new CapabilityModule("loyalty", "Loyalty", null);

    @Test
    void keepsTheModulesInTheOrderTheyWereListed() {
        CapabilityModules modules = new CapabilityModules(Arrays.asList(loyalty, kb));

        assertThat(modules.all()).containsExactly(loyalty, kb);
        assertThat(modules.isInstalled("kb")).isTrue();
        assertThat(modules.isInstalled("survey")).isFalse();
    }

    @Test
    void aKeyThatNoModuleHasFailsWithTheInstalledOnes() {
        CapabilityModules modules = new CapabilityModules(Arrays.asList(kb));

        assertThatThrownBy(() -> modules.require("helpcenter"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'helpcenter'").hasMessageContaining("[kb]");
    }

    @Test
    void twoModulesWithOneKeyFailTheStart() {
        assertThatThrownBy(() -> new CapabilityModules(
                Arrays.asList(kb, new CapabilityModule("kb", "Another", null))))
                .hasMessageContaining("kb");
    }

    @Test
    void aKeyIsLowerCaseLettersAndDigits() {
        assertThatThrownBy(() -> new CapabilityModule("Help Center", "Help center", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
