package io.concierge.demo;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's loyalty programme over HTTP, once the start's recalculation has run: the three tiers in the admin, the
 * tier beside a case in the customer panel (Ana Souza in Summit, Emily Carter in Expedition's grace days), and the
 * shoppers' own page and JSON (Rafael Oliveira 52.05 short of Summit, Emily warned before her downgrade, on the
 * page and by mail).
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

    @Test
    void aShopperSeesTheirTierItsPerksAndWhatIsMissingForTheNext() throws IOException {
        ShopperSession rafael = ShopperSession.stepByStep(RunningDemoStore.site());
        rafael.signInShopper("rafael.oliveira@example.com", "demo1234");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                rafael.get("/account/loyalty.json").body()).contains("\"tier\":\"Trail\"",
                "\"nextTier\":\"Summit\"", "\"missingForNextTier\":52.05", "\"keptUntil\":null"));
        Document page = rafael.page("/account/loyalty");
        assertThat(page.select(".loyalty .tier").attr("data-tier")).isEqualTo("Trail");
        assertThat(page.select(".loyalty .progress").text()).contains("52.05", "Summit");
        assertThat(page.select(".loyalty .downgrade-warning")).isEmpty();

        ShopperSession emily = ShopperSession.stepByStep(RunningDemoStore.site());
        emily.signInShopper("emily.carter@example.com", "demo1234");
        Document emilys = emily.page("/account/loyalty");
        assertThat(emilys.select(".loyalty .perks li").eachAttr("data-perk"))
                .containsExactly("discount", "freeShipping", "prioritySupport", "earlyAccess");
        assertThat(emilys.select(".loyalty .downgrade-warning").text()).contains("Expedition");
        assertThat(emilys.select(".loyalty .progress.top")).hasSize(1);
    }

    @Test
    void emilyIsWarnedByMailAheadOfHerDowngradeWithWhatKeepsExpedition() {
        // The demo warns 60 days ahead: Emily's 60 grace days started with the recalculation at the start.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(ShopperSession.stepByStep(RunningDemoStore.site()).page("/demo/mailbox")
                        .select("tr:has(td:containsOwn(emily.carter@example.com))").text())
                        .contains("Your Expedition tier: what keeps it"));
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws IOException {
        ShopperSession guest = ShopperSession.stepByStep(RunningDemoStore.site());
        assertThat(guest.get("/account/loyalty").header("Location")).endsWith("/login");
        // The demo's security sends every /account address to sign-in before the controller's own 401.
        assertThat(guest.get("/account/loyalty.json").header("Location")).endsWith("/login");
    }

    private static AdminSession uncheckedSignIn() {
        try {
            return AdminSession.signInAsAdmin(RunningDemoStore.admin());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
