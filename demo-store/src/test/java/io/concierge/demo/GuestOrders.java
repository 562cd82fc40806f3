package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders placed as a guest through the running demo store's real checkout (one Trail Runner 28, or what the cart
 * holds, to Curitiba).
 */
final class GuestOrders {

    private GuestOrders() {
    }

    /** Places an order in a new guest session; returns its number. */
    static String place(String email) throws IOException {
        return place(new ShopperSession(RunningDemoStore.site()), email);
    }

    /** A step-by-step session that found the order with the lookup (number and e-mail), as a guest does. */
    static ShopperSession lookedUp(String number, String email) throws IOException {
        ShopperSession guest = ShopperSession.stepByStep(RunningDemoStore.site());
        guest.get("/help/orders/lookup");
        assertThat(guest.post("/help/orders/lookup", "orderNumber", number, "email", email).statusCode())
                .as(number).isEqualTo(302);
        return guest;
    }

    /** Places an order in the given (redirect-following) session; returns its number. */
    static String place(ShopperSession guest, String email) throws IOException {
        String productId = guest.page("/backpacks/trail-runner-28").select("form.add-to-cart input[name=productId]").val();
        guest.post("/cart/add", "productId", productId, "quantity", "1");
        return checkout(guest, email);
    }

    /** Checks out what the given (redirect-following) session's cart holds; returns the order's number. */
    static String checkout(ShopperSession guest, String email) throws IOException {
        Document form = guest.page("/checkout");
        Connection.Response placed = guest.post("/checkout", "email", email,
                "firstName", "Rui", "lastName", "Costa", "addressLine1", "Rua Augusta 1", "city", "Curitiba",
                "state", "BR-PR", "postalCode", "80000-000", "country", "BR",
                "fulfillmentOptionId", form.select("input[name=fulfillmentOptionId]").first().val());
        assertThat(placed.url().getPath()).startsWith("/confirmation/");
        return placed.url().getPath().substring("/confirmation/".length());
    }
}
