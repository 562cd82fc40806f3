package io.concierge.demo;

import io.concierge.core.loyalty.LoyaltyRecalculation;
import io.concierge.core.loyalty.LoyaltyStandings;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The loyalty simulator over HTTP, as a merchant uses it: the draft starts from the demo's thresholds; lowering
 * Summit's entry to 340 moves Rafael Oliveira (347.95) up from Trail, in the figures, the list and the CSV, and
 * changes nothing until saved; a bad draft gets its field errors; a post without the CSRF token is refused; saving
 * moves Rafael into Summit on his own page. The demo's thresholds are saved back at the end.
 */
@ExtendWith(RunningDemoStore.class)
class LoyaltySimulatorWebIT {

    static final String PAGE = "/loyalty-simulator";
    static final String RAFAEL = "rafael.oliveira@example.com";

    /** Rafael's customer id and the Trail tier's, in the demo's data. */
    private static final long RAFAEL_ID = 1001;
    private static final long TRAIL_ID = -1;

    @Test
    void aLowerSummitMovesRafaelUpInTheSimulationAndOnceSavedOnHisPage() throws IOException {
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        Document empty = merchant.get(PAGE);
        assertThat(empty.select(".cnc-draft-tier").eachAttr("data-tier")).containsExactly("Trail", "Summit",
                "Expedition");
        assertThat(empty.select("select[name=window] option[selected]").val()).isEqualTo("LIFETIME");
        Map<String, String> demo = draftOn(empty);
        assertThat(demo).containsValues("100.00", "80.00", "400.00", "320.00", "600.00", "500.00");
        String summitEntry = fieldOf(empty, "Summit", "entry-");

        Map<String, String> draft = new LinkedHashMap<String, String>(demo);
        draft.put(summitEntry, "340");
        Connection.Response simulated = merchant.post(PAGE + "/simulate", PAGE, draft);
        assertThat(simulated.url().getQuery()).startsWith("run=");
        Document figures = simulated.parse();
        assertThat(figures.select("input[name=" + summitEntry + "]").val()).isEqualTo("340.00");
        Element rafael = figures.selectFirst(".cnc-mover[data-email=" + RAFAEL + "]");
        assertThat(rafael).isNotNull();
        assertThat(rafael.attr("data-direction")).isEqualTo("up");
        assertThat(rafael.select(".cnc-from").text()).isEqualTo("Trail");
        assertThat(rafael.select(".cnc-to").text()).isEqualTo("Summit");
        Element summit = figures.selectFirst(".cnc-simulated-tier[data-tier=Summit]");
        long into = figures.select(".cnc-mover:has(.cnc-to:containsOwn(Summit))").size();
        long outOf = figures.select(".cnc-mover:has(.cnc-from:containsOwn(Summit))").size();
        assertThat(number(summit, ".cnc-draft") - number(summit, ".cnc-now")).isEqualTo(into - outOf);
        assertThat(figures.select(".cnc-moves").attr("data-up")).isNotEqualTo("0");
        String run = simulated.url().getQuery().substring("run=".length());
        String csv = merchant.connect(PAGE + "/movers.csv?run=" + run).ignoreContentType(true).execute().body();
        assertThat(csv).startsWith("customer_id,email,name,value,from_tier,to_tier,direction")
                .contains("," + RAFAEL + ",Rafael Oliveira,347.95,Trail,Summit,up");
        assertThat(merchant.connect(PAGE + "/movers.csv?run=nothing").ignoreHttpErrors(true).execute().statusCode())
                .isEqualTo(404);
        assertThat(tierOfRafael()).as("a simulation changes nothing").contains("\"tier\":\"Trail\"");

        Map<String, String> bad = new LinkedHashMap<String, String>(draft);
        bad.put(summitEntry, "lots");
        bad.put(fieldOf(empty, "Expedition", "keep-"), "900");
        Connection.Response refused = merchant.post(PAGE + "/save", PAGE, bad);
        Document errors = refused.parse();
        assertThat(refused.url().getPath()).endsWith(PAGE + "/save");
        assertThat(errors.select(".cnc-field-error[data-field=" + summitEntry + "]").text())
                .as(errors.select(".cnc-loyalty-simulator").outerHtml())
                .isEqualTo("Enter a number, such as 150 or 150.50.");
        assertThat(errors.select(".cnc-field-error[data-field=" + fieldOf(empty, "Expedition", "keep-") + "]").text())
                .isEqualTo("The keep threshold may not be above the entry threshold.");
        assertThat(errors.select("input[name=" + summitEntry + "]").val()).isEqualTo("lots");
        Connection.Response forged = merchant.connect(PAGE + "/save").method(Connection.Method.POST)
                .ignoreHttpErrors(true).data(draft).execute();
        assertThat(forged.url().getQuery()).isNull();
        assertThat(draftOn(merchant.get(PAGE))).isEqualTo(demo);

        try {
            Connection.Response saved = merchant.post(PAGE + "/save", PAGE, draft);
            assertThat(saved.url().getQuery()).isEqualTo("saved=1");
            assertThat(saved.parse().select(".cnc-saved")).hasSize(1);
            assertThat(draftOn(merchant.get(PAGE))).containsEntry(summitEntry, "340.00");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(tierOfRafael()).contains("\"tier\":\"Summit\""));
        } finally {
            backToTheDemo(merchant, demo);
        }
    }

    /**
     * Saves the demo's thresholds again and, since Rafael keeps Summit above its keep threshold, puts him back in
     * Trail by hand, where the demo has him (and revokes the assignment: his orders keep him there).
     */
    static void backToTheDemo(AdminSession merchant, Map<String, String> demo) throws IOException {
        assertThat(merchant.post(PAGE + "/save", PAGE, demo).url().getQuery()).isEqualTo("saved=1");
        LoyaltyRecalculation recalculation = RunningDemoStore.siteContext().getBean("cncLoyaltyRecalculation",
                LoyaltyRecalculation.class);
        // Once the save's recalculation is over (its lease free), no run overwrites the assignment.
        await().atMost(Duration.ofSeconds(30)).until(() -> recalculation.runNow() != null);
        LoyaltyStandings standings = RunningDemoStore.siteContext().getBean("cncLoyalty", LoyaltyStandings.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            if (!tierOfRafael().contains("\"tier\":\"Trail\"")) {
                standings.assign(RAFAEL_ID, TRAIL_ID, "Back to the demo's tier after a simulator test", null,
                        "tester");
                standings.revoke(RAFAEL_ID, "tester");
            }
            assertThat(tierOfRafael()).contains("\"tier\":\"Trail\"", "\"missingForNextTier\":52.05");
        });
    }

    /** The draft's fields as the form shows them. */
    static Map<String, String> draftOn(Document page) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("window", page.select("select[name=window] option[selected]").val());
        for (Element input : page.select(".cnc-draft-tier input[name]")) {
            fields.put(input.attr("name"), input.val());
        }
        return fields;
    }

    static String fieldOf(Document page, String tier, String prefix) {
        return page.select(".cnc-draft-tier[data-tier=" + tier + "] input[name^=" + prefix + "]").attr("name");
    }

    private static long number(Element row, String cell) {
        return Long.parseLong(row.select(cell).text());
    }

    static String tierOfRafael() throws IOException {
        ShopperSession rafael = ShopperSession.stepByStep(RunningDemoStore.site());
        rafael.signInShopper(RAFAEL, "demo1234");
        return rafael.get("/account/loyalty.json").body();
    }
}
