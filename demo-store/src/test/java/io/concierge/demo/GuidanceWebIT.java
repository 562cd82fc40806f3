package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.concierge.demo.DemoStoreWebTesting.fetch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Guidance in the running demo store, over HTTP: the demo's order history mined at start gives measured reasons on
 * several product pages beside the merchant's own texts, in the shopper's language; the JSON API answers the same;
 * a pair the merchant marks as wrong in the admin leaves the storefront.
 */
@ExtendWith(RunningDemoStore.class)
class GuidanceWebIT {

    private static final String TRAIL_RUNNER = "/backpacks/trail-runner-28";
    private static final long TRAIL_RUNNER_ID = 1000;
    private static final String SUMMIT_PACK = "/backpacks/summit-pack-45";
    private static final long SUMMIT_PACK_ID = 1001;
    /** Mined beside the Summit Pack 45, with no merchant's link: only the measured reason shows it. */
    private static final long TITANIUM_POT_ID = 1021;

    /** The first mining run starts some seconds after the store; wait for its rules (on a busy machine, longer). */
    @BeforeAll
    static void mined() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> !measuredReasons(page(TRAIL_RUNNER)).isEmpty());
    }

    @Test
    void productPagesShowMeasuredCoPurchasesBesideTheMerchantsText() throws IOException {
        Document page = page(TRAIL_RUNNER);
        Element goesWellWith = page.selectFirst(".guidance-block[data-block=goes-well-with]");

        assertThat(goesWellWith.select("h2").text()).isEqualTo("Goes well with");
        assertThat(goesWellWith.select("li.guidance-recommendation")).hasSizeBetween(1, 3);
        assertThat(measuredReasons(page)).allMatch(text -> text.matches(
                "Bought with the Trail Runner 28 in \\d{1,3}% of its orders"));
        assertThat(goesWellWith.select("li.reason[data-kind=MERCHANT]").eachText())
                .contains("Keeps the Trail Runner 28 dry in a downpour");
        for (String other : new String[] {"/tents-shelter/ridgeback-2-tent", "/camp-kitchen/pocket-canister-stove",
                "/backpacks/summit-pack-45"}) {
            assertThat(measuredReasons(page(other))).as(other).isNotEmpty();
        }
    }

    @Test
    void substitutesAreABlockOfTheirOwnWithWhatTheDifferenceInPriceBuys() throws IOException {
        Element considerInstead = page(TRAIL_RUNNER).selectFirst(".guidance-block[data-block=consider-instead]");

        assertThat(considerInstead).isNotNull();
        // The Summit Pack 45 (219.00), an up-sale link of the Trail Runner 28 (109.00 on sale), compared by capacity.
        assertThat(considerInstead.select("li.guidance-recommendation[data-product-id=1001] li.reason").eachText())
                .containsExactly("Room for a tent and sleeping bag for an overnight", "+17 L capacity for $110.00 more");
    }

    @Test
    void reasonsAreInTheShoppersLanguage() throws IOException {
        Connection.Response portuguese = fetch(RunningDemoStore.site() + TRAIL_RUNNER + "?blLocaleCode=pt_BR");
        Document page = portuguese.parse();

        assertThat(page.select(".guidance-block[data-block=goes-well-with] h2").text()).isEqualTo("Combina com");
        assertThat(measuredReasons(page)).isNotEmpty().allMatch(text -> text.matches(
                "Comprado junto com Trail Runner 28 em \\d{1,3}% dos pedidos desse produto"));
    }

    @Test
    void theJsonApiAnswersBothBlocksWithTheirReasons() throws IOException {
        Connection.Response answer = fetch(RunningDemoStore.site() + "/api/concierge/v1/guidance/products/"
                + TRAIL_RUNNER_ID);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.body()).startsWith("{\"productId\":1000,\"goesWellWith\":[")
                .contains("\"considerInstead\":[").contains("\"kind\":\"BOUGHT_TOGETHER\"")
                .contains("Bought with the Trail Runner 28 in ");
    }

    @Test
    void theJsonApiSaysWhenThereIsNoSuchProduct() throws IOException {
        for (String id : new String[] {"987654321", "abc", "1%20OR%201=1"}) {
            Connection.Response answer = fetch(RunningDemoStore.site() + "/api/concierge/v1/guidance/products/" + id);
            assertThat(answer.statusCode()).as(id).isEqualTo(404);
            assertThat(answer.body()).as(id).contains("\"error\":\"unknown_product\"").doesNotContain("Exception");
        }
    }

    @Test
    void aPairMarkedWrongInTheAdminLeavesTheStorefront() throws IOException {
        String pot = String.valueOf(TITANIUM_POT_ID);
        assertThat(recommendedIds(page(SUMMIT_PACK))).contains(pot);
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        Element row = merchant.get("/guidance-rules").selectFirst("tr.cnc-rule[data-product-id=" + SUMMIT_PACK_ID
                + "][data-recommended-id=" + TITANIUM_POT_ID + "]");
        assertThat(row.select(".cnc-rule-product").text()).isEqualTo("Summit Pack 45");
        assertThat(row.select(".cnc-rule-confidence").text()).matches("\\d{1,3}");
        assertThat(Double.parseDouble(row.select(".cnc-rule-lift").text())).isGreaterThanOrEqualTo(1.5);

        Map<String, String> pair = new HashMap<String, String>();
        pair.put("productId", String.valueOf(SUMMIT_PACK_ID));
        pair.put("recommendedProductId", pot);
        try {
            merchant.post("/guidance-rules/hide", "/guidance-rules", pair);
            assertThat(recommendedIds(page(SUMMIT_PACK))).doesNotContain(pot);
            assertThat(merchant.get("/guidance-rules").select("tr.cnc-rule-hidden[data-product-id=" + SUMMIT_PACK_ID
                    + "][data-recommended-id=" + TITANIUM_POT_ID + "]")).hasSize(1);
        } finally {
            merchant.post("/guidance-rules/show", "/guidance-rules", pair);
        }
        assertThat(recommendedIds(page(SUMMIT_PACK))).contains(pot);
    }

    /** The demo's best-seller, the hiking socks, sits in a third of the orders: lift keeps it out. */
    @Test
    void aBestSellerIsNoReasonOnItsOwn() throws IOException {
        assertThat(recommendedIds(page(TRAIL_RUNNER))).doesNotContain("1037");
    }

    @Test
    void theCartOffersWhatGoesWithWhatItHolds() throws IOException {
        ShopperSession shopper = new ShopperSession(RunningDemoStore.site());
        shopper.page(TRAIL_RUNNER);
        shopper.post("/cart/add", "productId", String.valueOf(TRAIL_RUNNER_ID), "quantity", "1");

        Document cart = shopper.page("/cart");
        Element inCart = cart.selectFirst(".guidance-block[data-block=in-cart]");
        assertThat(inCart).as(cart.select("main").html()).isNotNull();

        assertThat(inCart.select("h2").text()).isEqualTo("Goes well with your cart");
        assertThat(inCart.select("li.guidance-recommendation")).hasSizeBetween(1, 3);
        assertThat(inCart.select("li.guidance-recommendation").eachAttr("data-product-id"))
                .doesNotContain(String.valueOf(TRAIL_RUNNER_ID));
        assertThat(inCart.select("li.reason[data-kind=BOUGHT_TOGETHER]").eachText()).isNotEmpty()
                .allMatch(text -> text.matches("Bought with the Trail Runner 28 in \\d{1,3}% of its orders"));
    }

    @Test
    void switchedOffGuidanceLeavesTheThemesOwnLinksAndItsApiAnswers404() throws IOException {
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        merchant.switchCapability("guidance", false);
        try {
            Document page = page(TRAIL_RUNNER);
            assertThat(page.select(".concierge-guidance")).isEmpty();
            assertThat(page.select("p.reason").eachText()).contains("Keeps the Trail Runner 28 dry in a downpour");
            assertThat(fetch(RunningDemoStore.site() + "/api/concierge/v1/guidance/products/" + TRAIL_RUNNER_ID)
                    .statusCode()).isEqualTo(404);
        } finally {
            merchant.switchCapability("guidance", true);
        }
        assertThat(measuredReasons(page(TRAIL_RUNNER))).isNotEmpty();
    }

    @Test
    void anOutOfRangeThresholdIsAFieldErrorAndChangesNothing() throws IOException {
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());

        Connection.Response response = merchant.saveForm("/guidance-options/-1",
                Collections.singletonMap("minLiftHundredths", "50"));

        assertThat(response.parse().select("#field-minLiftHundredths").text())
                .contains("Between 100 and 10000 (1.0 to 100).");
        assertThat(merchant.get("/guidance-options/-1")
                .select("input[name=fields['minLiftHundredths'].value]").val()).isEqualTo("150");
    }

    /**
     * Shown, followed, added to the cart and bought: the admin's report counts each for the block and the lead
     * reason, the order with the item's revenue; once the shopper cancels the order, neither counts.
     */
    @Test
    void impressionsClicksAddsToCartAndRevenueReachTheReport() throws IOException {
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        GuidanceReportLine before = GuidanceReportLine.read(merchant, "goes-well-with", "MERCHANT");
        ShopperSession shopper = new ShopperSession(RunningDemoStore.site());
        Element rainCover = shopper.page(TRAIL_RUNNER)
                .selectFirst(".guidance-block[data-block=goes-well-with] li.guidance-recommendation[data-product-id=1006]");
        String link = rainCover.selectFirst("a").attr("href");
        assertThat(link).isEqualTo("/backpacks/adjustable-pack-rain-cover?guidance=goes-well-with.MERCHANT.1006");

        String price = rainCover.selectFirst(".price").text();

        shopper.get(link);
        shopper.post("/cart/add", "productId", "1006", "quantity", "2");
        shopper.post("/cart/add", "productId", String.valueOf(TRAIL_RUNNER_ID), "quantity", "1");
        String orderNumber = GuestOrders.checkout(shopper, "guidance-revenue@example.com");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            GuidanceReportLine after = GuidanceReportLine.read(merchant, "goes-well-with", "MERCHANT");
            assertThat(after.impressions - before.impressions).as("impressions").isGreaterThanOrEqualTo(1);
            assertThat(after.clicks - before.clicks).as("clicks").isEqualTo(1);
            assertThat(after.addsToCart - before.addsToCart).as("added to cart").isEqualTo(1);
            assertThat(after.orders - before.orders).as("orders").isEqualTo(1);
            // Two rain covers; the Trail Runner 28 in the same order was not added from a recommendation.
            assertThat(after.revenueCents - before.revenueCents).as("revenue")
                    .isEqualTo(2 * GuidanceReportLine.cents(price));
            assertThat(after.ordersTotalCents - before.ordersTotalCents).as("the order's total")
                    .isGreaterThan(2 * GuidanceReportLine.cents(price));
        });

        // The shopper cancels the order in the help center: what guidance sold is net of it at once.
        ShopperSession guest = GuestOrders.lookedUp(orderNumber, "guidance-revenue@example.com");
        assertThat(guest.post("/help/orders/" + orderNumber + "/cancel").statusCode()).isEqualTo(302);
        GuidanceReportLine cancelled = GuidanceReportLine.read(merchant, "goes-well-with", "MERCHANT");
        assertThat(cancelled.orders).as("orders after the cancellation").isEqualTo(before.orders);
        assertThat(cancelled.revenueCents).as("net revenue").isEqualTo(before.revenueCents);
        assertThat(cancelled.ordersTotalCents).as("net total").isEqualTo(before.ordersTotalCents);
        Document reportPage = merchant.get("/guidance-rules");
        assertThat(reportPage.select("#cnc-guidance-chart")).hasSize(1);
        URL admin = new URL(RunningDemoStore.admin());
        String chartLibrary = reportPage.select("script[src*=echarts]").attr("src");
        assertThat(fetch(admin.getProtocol() + "://" + admin.getAuthority() + chartLibrary).statusCode())
                .isEqualTo(200);
    }

    /** A crawler follows the tracked links too: its clicks are not counted, a browser's are. */
    @Test
    void aRobotsClickIsNotCounted() throws IOException {
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        GuidanceReportLine before = GuidanceReportLine.read(merchant, "due-again", "DUE_AGAIN");
        String tracked = RunningDemoStore.site() + "/?guidance=due-again.DUE_AGAIN.1006";
        Jsoup.connect(tracked).userAgent("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")
                .get();
        Jsoup.connect(tracked).userAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                + " Chrome/120.0.0.0 Safari/537.36").get();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(GuidanceReportLine.read(merchant, "due-again", "DUE_AGAIN").clicks - before.clicks)
                        .isPositive());
        // Both clicks were made before the first was counted; a counted robot would show a second one within a flush.
        await().pollDelay(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(7)).untilAsserted(() ->
                assertThat(GuidanceReportLine.read(merchant, "due-again", "DUE_AGAIN").clicks - before.clicks)
                        .as("the browser's click only").isEqualTo(1));
    }

    private static Document page(String path) throws IOException {
        return Jsoup.connect(RunningDemoStore.site() + path).get();
    }

    private static List<String> measuredReasons(Document page) {
        return page.select(".guidance-block[data-block=goes-well-with] li.reason[data-kind=BOUGHT_TOGETHER]")
                .eachText();
    }

    private static List<String> recommendedIds(Document page) {
        return page.select(".guidance-block[data-block=goes-well-with] li.guidance-recommendation")
                .eachAttr("data-product-id");
    }
}
