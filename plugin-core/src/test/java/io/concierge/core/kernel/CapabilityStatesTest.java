package io.concierge.core.kernel;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CapabilityStatesTest {

    @Test
    void aCapabilityThatIsNotInstalledIsOff() {
        Map<String, Boolean> installed = new LinkedHashMap<String, Boolean>();
        installed.put("loyalty", false);
        installed.put("kb", true);
        CapabilityStates states = new CapabilityStates(installed);

        assertThat(states.isOn("kb")).isTrue();
        assertThat(states.isOn("loyalty")).isFalse();
        assertThat(states.isOn("survey")).isFalse();
        assertThat(states.switchedOn()).containsExactly("kb");
        assertThat(states.all().keySet()).containsExactly("loyalty", "kb");
    }
}
