package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collections;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo's entry rewards and early access over HTTP: Diego Navarro, who entered Expedition at the demo's first
 * start, has his 15 % coupon on his loyalty page, in its JSON and in the mailbox (in Spanish, his language), with no
 * end; Ana Souza's Summit coupon of $15.00 is valid 90 days, through the day her page and its JSON say; the Solo
 * Trekker 1 Tent, in early access for Expedition, says so on its page, is refused to a guest's cart with the message
 * and nothing added, and goes into Diego's. Diego's coupon in his cart: Broadleaf's pricing takes it off beside
 * Expedition's discount; in a guest's cart it takes nothing off and is refused with the message. The tier's form in
 * the admin shows the reward and refuses a percentage above 90 beside the field, changing nothing.
 */
@ExtendWith(RunningDemoStore.class)
class LoyaltyPerksWebIT {

    private static final String DIEGO = "diego.navarro@example.com";
    private static final String ANA = "ana.souza@example.com";
    private static final String TENT = "/tents-shelter/solo-trekker-1-tent";
    private static final String TRAIL_RUNNER = "/backpacks/trail-runner-28";

    @Test
    void diegoHasHisExpeditionCouponOnHisPageInItsJsonAndByMail() throws IOException {
        ShopperSession diego = ShopperSession.stepByStep(RunningDemoStore.site());
        diego.signInShopper(DIEGO, "demo1234");
        // The rewards job runs every minute in the demo, from the start.
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(diego.get("/account/loyalty.json").body())
                        .containsPattern("\"entryRewards\":\\[\\{\"code\":\"LOY-[A-Z2-9]{10}\",\"kind\":\"PERCENT_OFF\","
                                + "\"value\":15(\\.00)?,\"tier\":\"Expedition\",\"validThrough\":null\\}\\]"));
        Document page = diego.page("/account/loyalty");
        Element coupon = page.selectFirst(".loyalty .entry-rewards li");
        assertThat(coupon).as(page.select("main").html()).isNotNull();
        String code = coupon.attr("data-code");
        assertThat(code).matches("LOY-[A-Z2-9]{10}");
        assertThat(coupon.text()).contains("15% off your next order, for entering Expedition", code);
        assertThat(page.select(".loyalty .perks li").eachAttr("data-perk")).contains("earlyAccess");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(ShopperSession.stepByStep(RunningDemoStore.site()).page("/demo/mailbox")
                        .select("tr:has(td:containsOwn(" + DIEGO + "))").text())
                        .contains("Bienvenido a Expedici\u00f3n: un cup\u00f3n para su pr\u00f3ximo pedido"));
    }

    @Test
    void anasSummitCouponIsValidFor90DaysFromItsIssueAndHerPageSaysThrough() throws IOException {
        ShopperSession ana = ShopperSession.stepByStep(RunningDemoStore.site());
        ana.signInShopper(ANA, "demo1234");
        Pattern summitCoupon = Pattern.compile("\\{\"code\":\"(LOY-[A-Z2-9]{10})\",\"kind\":\"AMOUNT_OFF\","
                + "\"value\":15(\\.00)?,\"tier\":\"Summit\",\"validThrough\":\"(\\d{4}-\\d{2}-\\d{2})\"\\}");
        String[] json = new String[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(json[0] = ana.get("/account/loyalty.json").body()).containsPattern(summitCoupon));
        Matcher coupon = summitCoupon.matcher(json[0]);
        assertThat(coupon.find()).isTrue();
        // Given at the demo's start, within this run: 90 days from today (UTC), or from yesterday just past midnight.
        LocalDate lastDay = LocalDate.parse(coupon.group(3));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(lastDay).isBetween(today.plusDays(89), today.plusDays(90));

        Element listed = ana.page("/account/loyalty").selectFirst(".loyalty .entry-rewards li[data-code="
                + coupon.group(1) + "]");
        assertThat(listed).isNotNull();
        DateTimeFormatter longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
        assertThat(listed.select(".valid-through").text()).isIn(
                "Valid through " + longDate.withLocale(Locale.US).format(lastDay) + ".",
                "V\u00e1lido at\u00e9 " + longDate.withLocale(new Locale("pt", "BR")).format(lastDay) + ".");
    }

    @Test
    void aGuestIsRefusedTheEarlyAccessTentWithTheMessageAndDiegoAddsIt() throws IOException {
        ShopperSession guest = new ShopperSession(RunningDemoStore.site());
        Document product = guest.page(TENT);
        assertThat(product.select(".concierge-early-access").text())
                .startsWith("Early access for Expedition members until ");
        String productId = product.select("form.add-to-cart input[name=productId]").val();

        Connection.Response refused = guest.post("/cart/add", "productId", productId, "quantity", "1");
        assertThat(refused.statusCode()).isEqualTo(200);
        Document cart = refused.parse();
        assertThat(cart.select(".problem").text()).startsWith(
                "This product is in early access for Expedition members until ").endsWith("it was not added to your cart.");
        assertThat(cart.select("tr.line")).as("nothing added").isEmpty();

        ShopperSession diego = ShopperSession.stepByStep(RunningDemoStore.site());
        diego.signInShopper(DIEGO, "demo1234");
        diego.page(TENT);
        assertThat(diego.post("/cart/add", "productId", productId, "quantity", "1").header("Location"))
                .endsWith("/cart");
        Document diegos = diego.page("/cart");
        assertThat(diegos.select(".problem")).isEmpty();
        Element tent = diegos.selectFirst("tr.line:contains(Solo Trekker 1 Tent)");
        assertThat(tent).as(diegos.select("main").html()).isNotNull();
        // Diego's cart is kept between sessions: leave it as it was for the other tests.
        diego.post("/cart/remove", "itemId", tent.attr("data-item"));
        assertThat(diego.page("/cart").select("tr.line:contains(Solo Trekker 1 Tent)")).isEmpty();
    }

    @Test
    void diegosCouponTakesItsShareOffHisCartAndNothingOffAGuests() throws IOException {
        ShopperSession diego = ShopperSession.stepByStep(RunningDemoStore.site());
        diego.signInShopper(DIEGO, "demo1234");
        String[] code = new String[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            Element coupon = diego.page("/account/loyalty").selectFirst(".loyalty .entry-rewards li");
            assertThat(coupon).isNotNull();
            code[0] = coupon.attr("data-code");
        });

        ShopperSession guest = new ShopperSession(RunningDemoStore.site());
        String productId = guest.page(TRAIL_RUNNER).select("form.add-to-cart input[name=productId]").val();
        guest.post("/cart/add", "productId", productId, "quantity", "1");
        Document refused = guest.post("/cart/coupon", "code", code[0]).parse();
        assertThat(refused.select(".problem").text()).isEqualTo("That coupon takes nothing off this cart.");
        assertThat(refused.select("form.coupon")).isEmpty();
        assertThat(refused.select(".discount")).isEmpty();

        diego.page(TRAIL_RUNNER);
        diego.post("/cart/add", "productId", productId, "quantity", "1");
        Document before = diego.page("/cart");
        String tierDiscount = before.select(".discount .amount").text();
        assertThat(before.select(".discount .offers").text()).contains("Loyalty Expedition").doesNotContain(code[0]);
        diego.post("/cart/coupon", "code", code[0]);
        Document after = diego.page("/cart");
        assertThat(after.select(".problem")).as(after.select("main").html()).isEmpty();
        assertThat(after.select("form.coupon").attr("data-code")).isEqualTo(code[0]);
        assertThat(after.select(".discount .offers").text()).contains("entry reward " + code[0]);
        assertThat(amount(after.select(".discount .amount").text())).as("more off than the tier's discount alone")
                .isGreaterThan(amount(tierDiscount));

        // Diego's cart is kept between sessions: leave it as it was for the other tests.
        diego.post("/cart/coupon/remove", "code", code[0]);
        Document removed = diego.page("/cart");
        assertThat(removed.select("form.coupon")).isEmpty();
        diego.post("/cart/remove", "itemId", removed.selectFirst("tr.line:contains(Trail Runner 28)").attr("data-item"));
    }

    private static double amount(String money) {
        return Double.parseDouble(money.replaceAll("[^0-9.]", ""));
    }

    @Test
    void theTierFormRefusesARewardPercentageAbove90BesideTheFieldAndChangesNothing() throws IOException {
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        Document form = merchant.get("/loyalty-tiers/-3");
        // Broadleaf's admin shows a short enumeration as radio buttons.
        assertThat(form.select("input[name=\"fields['rewardKind'].value\"][checked]").val())
                .isEqualTo("PERCENT_OFF");

        Connection.Response response = merchant.saveForm("/loyalty-tiers/-3",
                Collections.singletonMap("rewardValue", "95"));

        assertThat(response.parse().select("#field-rewardValue").text()).contains("Enter a percentage from 0 to 90.");
        assertThat(merchant.get("/loyalty-tiers/-3").select("input[name=fields['rewardValue'].value]").val())
                .isEqualTo("15.00");
    }
}
