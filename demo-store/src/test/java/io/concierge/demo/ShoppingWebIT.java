package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.Collections;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A shopper's errands on the running demo store: cart, guest checkout, sign in, registration and order history. */
@ExtendWith(RunningDemoStore.class)
class ShoppingWebIT {

    private static final String PRODUCT = "/backpacks/trail-runner-28";

    private static ShopperSession shopper() {
        return new ShopperSession(RunningDemoStore.site());
    }

    private static String productId(ShopperSession shopper) throws IOException {
        return shopper.page(PRODUCT).select("form.add-to-cart input[name=productId]").val();
    }

    @Test
    void aGuestFillsTheCartChangesQuantitiesAndRemovesALine() throws IOException {
        ShopperSession guest = shopper();
        Document cart = guest.post("/cart/add", "productId", productId(guest), "quantity", "2").parse();

        assertThat(cart.select("tr.line")).hasSize(1);
        assertThat(cart.select("tr.line input[name=quantity]").val()).isEqualTo("2");
        assertThat(cart.select(".subtotal").text()).isEqualTo("$218.00");
        assertThat(cart.select(".cart-count").text()).isEqualTo("2");

        String itemId = cart.select("tr.line input[name=itemId]").first().val();
        cart = guest.post("/cart/update", "itemId", itemId, "quantity", "3").parse();
        assertThat(cart.select(".subtotal").text()).isEqualTo("$327.00");

        cart = guest.post("/cart/remove", "itemId", itemId).parse();
        assertThat(cart.select("tr.line")).isEmpty();
        assertThat(cart.select(".empty-cart")).hasSize(1);
    }

    @Test
    void badCartInputIsExplainedAndChangesNothing() throws IOException {
        ShopperSession guest = shopper();
        String productId = productId(guest);
        guest.post("/cart/add", "productId", productId, "quantity", "1");

        Document page = guest.post("/cart/add", "productId", productId, "quantity", "-4").parse();
        assertThat(page.select("[role=alert]").text()).contains("quantity from 1 to 99");
        page = guest.post("/cart/add", "productId", "987654321", "quantity", "1").parse();
        assertThat(page.select("[role=alert]").text()).contains("not available");
        page = guest.post("/cart/update", "itemId", "1", "quantity", "5").parse();
        assertThat(page.select("[role=alert]").text()).contains("no longer in your cart");

        assertThat(page.select("tr.line")).hasSize(1);
        assertThat(page.select("tr.line input[name=quantity]").val()).isEqualTo("1");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedWithAFriendlyPage() throws IOException {
        ShopperSession guest = shopper();
        String productId = productId(guest);
        Connection.Response refused = guest.postExactly("/cart/add",
                Collections.singletonMap("productId", productId));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Please try again").doesNotContain("Exception");
        assertThat(guest.page("/cart").select(".empty-cart")).hasSize(1);
    }

    @Test
    void aGuestChecksOutAndOnlyThatGuestSeesTheConfirmation() throws IOException {
        ShopperSession guest = shopper();
        guest.post("/cart/add", "productId", productId(guest), "quantity", "1");
        Document form = guest.page("/checkout");
        String express = form.select("input[name=fulfillmentOptionId]").get(1).val();

        Document invalid = guest.post("/checkout", "email", "not-an-address", "firstName", "",
                "country", "XX").parse();
        assertThat(invalid.select(".problem").eachText())
                .contains("Please enter a valid e-mail address.", "Please fill in this field.",
                        "Please choose a country we ship to.", "Please choose a shipping option.");
        assertThat(invalid.select("input[name=email]").val()).isEqualTo("not-an-address");

        Connection.Response placed = guest.post("/checkout", "email", "lucia@example.com",
                "firstName", "Lúcia", "lastName", "Pereira", "addressLine1", "Rua das Flores 10",
                "city", "Curitiba", "state", "BR-PR", "postalCode", "80000-000", "country", "BR",
                "fulfillmentOptionId", express);
        assertThat(placed.url().getPath()).startsWith("/confirmation/");
        Document confirmation = placed.parse();
        assertThat(confirmation.select("h1").text()).isEqualTo("Thank you for your order");
        assertThat(confirmation.select(".total").text()).isEqualTo("$128.95");
        assertThat(confirmation.text()).contains("lucia@example.com");
        assertThat(guest.page("/cart").select(".empty-cart")).hasSize(1);

        Connection.Response stranger = shopper().get(placed.url().getPath());
        assertThat(stranger.statusCode()).isEqualTo(404);
    }

    @Test
    void aDemoCustomerSignsInAndSeesTheirOrdersWithStatuses() throws IOException {
        ShopperSession marta = shopper();
        marta.page("/login");
        Document account = marta.post("/login_post", "j_username", "marta.ruiz@example.com",
                "j_password", "demo1234").parse();

        assertThat(account.select(".shopper-name").text()).contains("Marta");
        assertThat(account.select("section.order")).isNotEmpty();
        assertThat(account.select("section.order .status").eachText()).contains("Cancelled");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheAccountStaysClosed() throws IOException {
        ShopperSession stranger = shopper();
        stranger.page("/login");
        Document page = stranger.post("/login_post", "j_username", "marta.ruiz@example.com",
                "j_password", "guess").parse();

        assertThat(page.select("[role=alert]").text()).contains("do not match");
        assertThat(stranger.get("/account").url().getPath()).isEqualTo("/login");
    }

    @Test
    void aGuestRegistersKeepsTheirCartAndCannotRegisterTheSameAddressTwice() throws IOException {
        String email = "new-" + UUID.randomUUID() + "@example.com";
        ShopperSession guest = shopper();
        guest.post("/cart/add", "productId", productId(guest), "quantity", "1");
        guest.page("/login");

        Document account = guest.post("/register", "email", email, "firstName", "Nora", "lastName", "Lind",
                "password", "long-enough", "passwordConfirm", "long-enough").parse();
        assertThat(account.select(".shopper-name").text()).contains("Nora").contains(email);
        assertThat(account.select(".no-orders")).hasSize(1);
        assertThat(guest.page("/cart").select("tr.line")).hasSize(1);

        ShopperSession someoneElse = shopper();
        someoneElse.page("/login");
        Document refused = someoneElse.post("/register", "email", email, "firstName", "Nora", "lastName", "Lind",
                "password", "short", "passwordConfirm", "short").parse();
        assertThat(refused.select(".problem").eachText())
                .contains("An account with this e-mail already exists. Sign in instead.",
                        "The password needs 8 to 100 characters.");
    }
}
