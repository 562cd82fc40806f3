package io.concierge.demo;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/** A shopper in a real browser: finds a product, buys it as a guest and reads the confirmation. */
@ExtendWith({RunningDemoStore.class, HeadlessChromium.class})
class StorefrontBrowserIT {

    @Test
    void aGuestBuysABackpackFromTheCategoryPage() {
        Page page = HeadlessChromium.newVisitor();
        page.navigate(RunningDemoStore.site() + "/");
        page.click("nav.categories a:has-text('Backpacks')");
        page.click("article.card h3 a:has-text('Trail Runner 28')");
        assertThat(page.textContent("h1")).isEqualTo("Trail Runner 28");

        page.fill("form.add-to-cart input[name=quantity]", "2");
        page.click("form.add-to-cart button");
        assertThat(page.textContent(".subtotal")).isEqualTo("$218.00");
        assertThat(page.textContent(".cart-count")).isEqualTo("2");

        page.click("a:has-text('Go to checkout')");
        page.fill("input[name=email]", "browser.guest@example.com");
        page.fill("input[name=firstName]", "Maite");
        page.fill("input[name=lastName]", "Etxeberria");
        page.fill("input[name=addressLine1]", "Calle Mayor 5");
        page.fill("input[name=city]", "Madrid");
        page.fill("input[name=postalCode]", "28013");
        page.selectOption("select[name=country]", "ES");
        page.check("input[name=fulfillmentOptionId] >> nth=2");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-checkout.png")).setFullPage(true));
        page.click("form.checkout-form button[type=submit]");

        assertThat(page.url()).contains("/confirmation/");
        assertThat(page.textContent("h1")).isEqualTo("Thank you for your order");
        assertThat(page.textContent(".total")).isEqualTo("$247.95");
        assertThat(page.textContent(".cart-count")).isEqualTo("0");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-confirmation.png")).setFullPage(true));
    }
}
