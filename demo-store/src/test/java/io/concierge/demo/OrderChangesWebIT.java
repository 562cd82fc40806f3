package io.concierge.demo;

import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.kernel.orders.OrderEventType;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest's own changes over HTTP on the running demo store, applied at once: a new shipping address (re-priced by
 * Broadleaf), a cancellation, and the refusal with its reason once the warehouse has picked the order.
 */
@ExtendWith(RunningDemoStore.class)
class OrderChangesWebIT {

    /** A guest order, and a step-by-step session that looked it up. */
    private static ShopperSession guestWithOrder(String[] number) throws IOException {
        String email = "guest-" + UUID.randomUUID() + "@example.com";
        number[0] = GuestOrders.place(email);
        return GuestOrders.lookedUp(number[0], email);
    }

    private static OrderTimelineService timelines() {
        return RunningDemoStore.siteContext().getBean("cncOrderTimelineService", OrderTimelineService.class);
    }

    /** Follows the POST-redirect-GET back to the order page, where the flash notice is shown once. */
    private static Document after(ShopperSession guest, Connection.Response posted) throws IOException {
        assertThat(posted.statusCode()).isEqualTo(302);
        return guest.page(posted.header("Location"));
    }

    @Test
    void aGuestChangesTheShippingAddressAtOnceAndABadAddressChangesNothing() throws IOException {
        String[] number = new String[1];
        ShopperSession guest = guestWithOrder(number);
        String orderPage = "/help/orders/" + number[0];

        Document form = guest.page(orderPage + "/address");
        assertThat(form.select("input[name=city]").val()).as("starts from the current address").isEqualTo("Curitiba");

        Connection.Response bad = guest.post(orderPage + "/address", "firstName", "Rui", "lastName", "Costa",
                "addressLine1", "Avenida Paulista 1000", "city", "", "postalCode", "01310-100", "country", "BR",
                "state", "BR-SP");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.parse().select(".problem[data-field=city]").text()).isEqualTo("Please fill this in.");
        assertThat(guest.page(orderPage).select(".shipping-address").text()).contains("Curitiba");

        Document changed = after(guest, guest.post(orderPage + "/address", "firstName", "Rui", "lastName", "Costa",
                "addressLine1", "Avenida Paulista 1000", "city", "S\u00e3o Paulo", "postalCode", "01310-100",
                "country", "BR", "state", "BR-SP"));
        assertThat(changed.select(".notice").text()).isEqualTo("Done: the order now ships to the new address.");
        assertThat(changed.select(".shipping-address").text()).contains("Avenida Paulista 1000", "S\u00e3o Paulo")
                .doesNotContain("Curitiba");
        assertThat(changed.select(".timeline li.event").eachAttr("data-type")).contains("address_changed");
        assertThat(guest.page(orderPage).select(".notice")).as("shown once").isEmpty();
    }

    @Test
    void aGuestCancelsInTwoStepsAndAPickedOrderIsRefusedWithTheReasonAndTheNextStep() throws Exception {
        String[] number = new String[1];
        ShopperSession guest = guestWithOrder(number);
        String orderPage = "/help/orders/" + number[0];

        assertThat(guest.page(orderPage + "/cancel").select("form[action$=/cancel] button").text())
                .isEqualTo("Yes, cancel the order");
        Document cancelled = after(guest, guest.post(orderPage + "/cancel"));
        assertThat(cancelled.select(".notice").text()).startsWith("Done: the order is cancelled.");
        assertThat(cancelled.select(".stage").attr("data-stage")).isEqualTo("cancelled");
        assertThat(cancelled.select(".actions a")).isEmpty();

        String[] picked = new String[1];
        ShopperSession another = guestWithOrder(picked);
        timelines().record(timelines().orderIdOf(picked[0]),
                NewOrderEvent.fromIntegration(OrderEventType.PICKED, "warehouse"));
        another.get("/help/orders/" + picked[0]);
        Document refused = after(another, another.post("/help/orders/" + picked[0] + "/cancel"));
        assertThat(refused.select(".notice").text()).startsWith("The order was picked on")
                .contains("You can refuse the parcel at delivery or return it afterwards.");
        assertThat(refused.select(".stage").attr("data-stage")).isEqualTo("picked");
    }

    @Test
    void nobodyElseReachesTheChangePagesOfAnOrder() throws IOException {
        String[] number = new String[1];
        guestWithOrder(number);
        ShopperSession stranger = ShopperSession.stepByStep(RunningDemoStore.site());
        stranger.get("/help/orders/lookup");

        assertThat(stranger.get("/help/orders/" + number[0] + "/address").statusCode()).isEqualTo(404);
        assertThat(stranger.post("/help/orders/" + number[0] + "/cancel").statusCode()).isEqualTo(404);
        assertThat(stranger.post("/help/orders/" + number[0] + "/address", "city", "X").statusCode()).isEqualTo(404);
    }
}
