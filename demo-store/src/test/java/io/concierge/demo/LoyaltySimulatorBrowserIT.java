package io.concierge.demo;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In real browsers: Rafael Oliveira (Trail, 347.95 spent) has two Trail Runner 28 in his cart at no discount; the
 * merchant lowers Summit's entry threshold to 340 in the simulator, sees Rafael move up, saves; once the
 * recalculation has run, Rafael's cart (priced again when he changes it) shows Summit's 5 % off. The demo's
 * thresholds and Rafael's tier are put back at the end.
 */
@ExtendWith({RunningDemoStore.class, HeadlessChromium.class})
class LoyaltySimulatorBrowserIT {

    @Test
    void theMerchantLowersSummitSeesRafaelMoveUpSavesAndHisCartShowsTheDiscount() throws Exception {
        AdminSession http = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        Map<String, String> demo = LoyaltySimulatorWebIT.draftOn(http.get(LoyaltySimulatorWebIT.PAGE));
        Page shopper = HeadlessChromium.newVisitor();
        shopper.navigate(RunningDemoStore.site() + "/login");
        shopper.fill("input[name=j_username]", LoyaltySimulatorWebIT.RAFAEL);
        shopper.fill("input[name=j_password]", "demo1234");
        shopper.click("form[action$='/login_post'] button[type=submit]");
        shopper.waitForURL("**/account");
        shopper.navigate(RunningDemoStore.site() + "/");
        shopper.click("nav.categories a:has-text('Backpacks')");
        shopper.click("article.card h3 a:has-text('Trail Runner 28')");
        shopper.fill("form.add-to-cart input[name=quantity]", "1");
        shopper.click("form.add-to-cart button");
        assertThat(shopper.textContent(".subtotal")).isEqualTo("$109.00");
        assertThat(shopper.locator(".discount").count()).as("Trail gives no discount").isZero();

        Page merchant = HeadlessChromium.newVisitor();
        try {
            merchant.navigate(RunningDemoStore.admin() + "/login");
            merchant.fill("input[name=j_username]", "admin");
            merchant.fill("input[name=j_password]", "admin");
            merchant.click("form button[type=submit], form input[type=submit]");
            merchant.waitForURL(url -> !url.contains("/login"));
            merchant.navigate(RunningDemoStore.admin() + LoyaltySimulatorWebIT.PAGE);
            merchant.fill(".cnc-draft-tier[data-tier=Summit] input[name^=entry-]", "340");
            merchant.click("button.cnc-simulate");
            merchant.waitForURL("**/loyalty-simulator?run=*");
            String rafael = ".cnc-mover[data-email='" + LoyaltySimulatorWebIT.RAFAEL + "']";
            assertThat(merchant.getAttribute(rafael, "data-direction")).isEqualTo("up");
            assertThat(merchant.textContent(rafael + " .cnc-to")).isEqualTo("Summit");
            merchant.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-loyalty-simulator.png"))
                    .setFullPage(true));
            merchant.click("button.cnc-save");
            merchant.waitForURL("**/loyalty-simulator?saved=1");
            assertThat(merchant.textContent(".cnc-saved")).startsWith("Saved.");
            assertThat(merchant.inputValue(".cnc-draft-tier[data-tier=Summit] input[name^=entry-]"))
                    .isEqualTo("340.00");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(LoyaltySimulatorWebIT.tierOfRafael()).contains("\"tier\":\"Summit\""));
            shopper.navigate(RunningDemoStore.site() + "/cart");
            shopper.fill("tr.line input[name=quantity]", "2");
            shopper.click("tr.line form[action$='/cart/update'] button[type=submit]");
            assertThat(shopper.textContent(".subtotal")).isEqualTo("$218.00");
            assertThat(shopper.textContent(".discount .amount")).isEqualTo("\u2212$10.90");
            assertThat(shopper.textContent(".discount .offers")).contains("Summit");
            shopper.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-loyalty-cart.png"))
                    .setFullPage(true));
        } finally {
            shopper.navigate(RunningDemoStore.site() + "/cart");
            while (shopper.locator("form[action$='/cart/remove'] button").count() > 0) {
                shopper.click("form[action$='/cart/remove'] button >> nth=0");
            }
            LoyaltySimulatorWebIT.backToTheDemo(http, demo);
        }
    }
}
