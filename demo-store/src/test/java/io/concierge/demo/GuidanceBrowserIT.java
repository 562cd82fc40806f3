package io.concierge.demo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Paths;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shopper in a real browser sees a measured reason on a product page, follows it, puts the product in the cart and
 * checks out; the merchant's report counts the click, the add to cart, the order and the product's revenue for
 * "Goes well with" and the measured co-purchase.
 */
@ExtendWith({RunningDemoStore.class, HeadlessChromium.class})
class GuidanceBrowserIT {

    private static final String SUMMIT_PACK = "/backpacks/summit-pack-45";
    /** A card whose first reason is measured: its link names the block and that reason. */
    private static final String MEASURED_CARD = ".guidance-block[data-block=goes-well-with] li.guidance-recommendation"
            + ":has(a[href*='guidance=goes-well-with.BOUGHT_TOGETHER.'])";

    @Test
    void aShopperFollowsAMeasuredReasonBuysTheProductAndTheReportCountsIt() throws Exception {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).until(() -> !Jsoup
                .connect(RunningDemoStore.site() + SUMMIT_PACK).get().select(MEASURED_CARD).isEmpty());
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        GuidanceReportLine before = GuidanceReportLine.read(merchant, "goes-well-with", "BOUGHT_TOGETHER");

        Page page = HeadlessChromium.newVisitor();
        page.navigate(RunningDemoStore.site() + SUMMIT_PACK);
        Locator card = page.locator(MEASURED_CARD).first();
        assertThat(card.locator("li.reason[data-kind=BOUGHT_TOGETHER]").first().textContent())
                .matches("Bought with the Summit Pack 45 in \\d{1,3}% of its orders");
        String name = card.locator("a").first().textContent();
        String price = card.locator(".price").textContent();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-guidance-reason.png"))
                .setFullPage(true));

        card.locator("a").first().click();
        assertThat(page.textContent("h1")).isEqualTo(name);
        page.click("form.add-to-cart button");
        assertThat(page.textContent(".cart-count")).isEqualTo("1");
        page.click("a:has-text('Go to checkout')");
        page.fill("input[name=email]", "browser.guided@example.com");
        page.fill("input[name=firstName]", "Ana");
        page.fill("input[name=lastName]", "Souza");
        page.fill("input[name=addressLine1]", "Rua das Flores 10");
        page.fill("input[name=city]", "Curitiba");
        page.fill("input[name=postalCode]", "80000-000");
        page.selectOption("select[name=country]", "BR");
        page.check("input[name=fulfillmentOptionId] >> nth=0");
        page.click("form.checkout-form button[type=submit]");
        assertThat(page.url()).contains("/confirmation/");

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            GuidanceReportLine after = GuidanceReportLine.read(merchant, "goes-well-with", "BOUGHT_TOGETHER");
            assertThat(after.impressions - before.impressions).as("impressions").isGreaterThanOrEqualTo(1);
            assertThat(after.clicks - before.clicks).as("clicks").isEqualTo(1);
            assertThat(after.addsToCart - before.addsToCart).as("added to cart").isEqualTo(1);
            assertThat(after.orders - before.orders).as("orders").isEqualTo(1);
            assertThat(after.revenueCents - before.revenueCents).as("revenue")
                    .isEqualTo(GuidanceReportLine.cents(price));
        });
    }
}
