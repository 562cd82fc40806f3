package io.concierge.demo;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A guest in a real browser: buys, finds the order again from the footer, ships it to another address on the site
 * and reads the store's confirmation in the demo mailbox.
 */
@ExtendWith({RunningDemoStore.class, HeadlessChromium.class})
class OrderCareBrowserIT {

    @Test
    void aGuestLooksUpTheOrderChangesItsAddressAndReadsTheConfirmationMail() {
        String email = "browser-" + UUID.randomUUID() + "@example.com";
        Page page = HeadlessChromium.newVisitor();
        page.navigate(RunningDemoStore.site() + "/backpacks/trail-runner-28");
        page.click("form.add-to-cart button");
        page.click("a:has-text('Go to checkout')");
        page.fill("input[name=email]", email);
        page.fill("input[name=firstName]", "Lucia");
        page.fill("input[name=lastName]", "Ferreira");
        page.fill("input[name=addressLine1]", "Rua das Flores 10");
        page.fill("input[name=city]", "Curitiba");
        page.fill("input[name=postalCode]", "80010-000");
        page.selectOption("select[name=country]", "BR");
        page.check("input[name=fulfillmentOptionId] >> nth=0");
        page.click("form.checkout-form button[type=submit]");
        String number = page.textContent(".order-number strong").trim();

        page.click("footer a:has-text('Find your order')");
        page.fill("input[name=orderNumber]", number);
        page.fill("input[name=email]", email);
        page.click("form[action$='/help/orders/lookup'] button[type=submit]");
        assertThat(page.textContent("h1")).contains(number);

        page.click(".actions a[data-action=change_address]");
        page.fill("input[name=addressLine1]", "Avenida Paulista 1000");
        page.fill("input[name=city]", "Sao Paulo");
        page.fill("input[name=postalCode]", "01310-100");
        page.fill("input[name=state]", "BR-SP");
        page.click("form[action$='/address'] button[type=submit]");
        assertThat(page.textContent(".notice")).isEqualTo("Done: the order now ships to the new address.");
        assertThat(page.textContent(".shipping-address")).contains("Avenida Paulista 1000");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-address-changed.png"))
                .setFullPage(true));

        String subject = "Order " + number + " ships to a new address";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            page.navigate(RunningDemoStore.site() + "/demo/mailbox");
            return page.locator("a:has-text('" + subject + "')").count() > 0;
        });
        page.click("a:has-text('" + subject + "')");
        assertThat(page.textContent("body")).contains("To: " + email).contains("Avenida Paulista 1000")
                .contains("Sao Paulo");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-address-mail.png"))
                .setFullPage(true));
    }
}
