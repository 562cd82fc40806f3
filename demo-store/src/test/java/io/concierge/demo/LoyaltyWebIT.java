package io.concierge.demo;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's loyalty programme over HTTP: the three tiers in the admin, and the tier beside a case in the customer
 * panel once the start's recalculation has run (Ana Souza in Summit, Emily Carter in Expedition's grace days).
 */
@ExtendWith(RunningDemoStore.class)
class LoyaltyWebIT {

    @Test
    void theAdminListsTheThreeTiers() throws IOException {
        Document tiers = AdminSession.signInAsAdmin(RunningDemoStore.admin()).get("/loyalty-tiers");

        assertThat(tiers.select("#listGrid-main tr[data-link]")).hasSize(3);
        assertThat(tiers.select("#listGrid-main").text()).contains("Trail", "Summit", "Expedition");
    }

    @Test
    void theCasesCustomerPanelShowsTheTier() {
        AdminSession agent = uncheckedSignIn();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(agent.get("/cases/C90001").select(".cnc-fact").text())
                    .contains("Loyalty tier: Summit since");
            assertThat(agent.get("/cases/C90002").select(".cnc-fact").text())
                    .contains("Loyalty tier: Expedition since", "kept until", "priority support");
        });
    }

    private static AdminSession uncheckedSignIn() {
        try {
            return AdminSession.signInAsAdmin(RunningDemoStore.admin());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
