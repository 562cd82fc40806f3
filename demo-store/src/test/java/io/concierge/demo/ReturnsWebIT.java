package io.concierge.demo;

import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.kernel.orders.OrderEventType;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Returns and the EU withdrawal over HTTP on the running demo store, as a guest and a care agent use them: the
 * guest asks to return an item with a reason, or withdraws in two steps, and reads the receipt in the demo mailbox;
 * the agent sees the open return, records it received and refunds it.
 */
@ExtendWith(RunningDemoStore.class)
class ReturnsWebIT {

    private static OrderTimelineService timelines() {
        return RunningDemoStore.siteContext().getBean("cncOrderTimelineService", OrderTimelineService.class);
    }

    /** A guest order the carrier has delivered, and a guest session that looked it up. */
    private static ShopperSession guestWithDeliveredOrder(String[] number, String email) throws Exception {
        number[0] = GuestOrders.place(email);
        long orderId = timelines().orderIdOf(number[0]);
        timelines().record(orderId, NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "carrier"));
        timelines().record(orderId, NewOrderEvent.fromIntegration(OrderEventType.DELIVERED, "carrier"));
        return GuestOrders.lookedUp(number[0], email);
    }

    private static Document after(ShopperSession guest, Connection.Response posted) throws IOException {
        assertThat(posted.statusCode()).isEqualTo(302);
        return guest.page(posted.header("Location"));
    }

    /** The text of the newest demo-mailbox mail with this subject, once it arrived. */
    private static String mailTitled(String subject) throws Exception {
        ShopperSession reader = ShopperSession.stepByStep(RunningDemoStore.site());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                reader.page("/demo/mailbox").select("a:contains(" + subject + ")").size() > 0);
        String link = reader.page("/demo/mailbox").select("a:contains(" + subject + ")").first().attr("href");
        return reader.page(link).text();
    }

    @Test
    void aGuestReturnsAnItemWithAReasonAndTheAgentRecordsItBackAndRefundsIt() throws Exception {
        String email = "returner-" + UUID.randomUUID() + "@example.com";
        String[] number = new String[1];
        ShopperSession guest = guestWithDeliveredOrder(number, email);
        String orderPage = "/help/orders/" + number[0];

        Document page = guest.page(orderPage);
        assertThat(page.select(".actions a").eachAttr("data-action")).containsExactly("request_return", "withdraw");
        assertThat(page.select(".return-deadline").text()).startsWith("You can ask for a return until");
        Document form = guest.page(orderPage + "/return");
        String itemField = form.select("table.returned-items select").attr("name");
        assertThat(itemField).startsWith("qty-");
        assertThat(form.select("select[name=reason] option").eachText()).contains("Wrong size or fit", "Changed my mind");

        Connection.Response nothing = guest.post(orderPage + "/return", itemField, "0", "reason", "");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.parse().select(".problem[data-field=items]").text())
                .isEqualTo("Choose at least one item to return.");
        assertThat(nothing.parse().select(".problem[data-field=reason]").text()).isEqualTo("Please choose a reason.");
        assertThat(guest.page(orderPage).select(".stage").attr("data-stage")).as("nothing changed").isEqualTo("delivered");

        String reason = form.select("select[name=reason] option:contains(Wrong size or fit)").val();
        Document requested = after(guest, guest.post(orderPage + "/return", itemField, "1", "reason", reason));
        assertThat(requested.select(".notice").text()).startsWith("Done: your return request is recorded.");
        assertThat(requested.select(".stage").attr("data-stage")).isEqualTo("return_requested");
        assertThat(requested.select(".care-status .return").text()).contains("Reason: Wrong size or fit");
        assertThat(requested.select(".actions a")).as("one return at a time").isEmpty();
        assertThat(mailTitled("We received your return request for order " + number[0]))
                .contains("1 × Trail Runner 28", "Reason: Wrong size or fit");

        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        assertThat(agent.get("/order-care").select(".cnc-open-returns tr[data-order=" + number[0] + "]").text())
                .contains("Return request", "1 × Trail Runner 28", "Wrong size or fit");
        String care = "/order-care?orderNumber=" + number[0];
        assertThat(agent.get(care).select("form.cnc-refund")).as("not before it came back").isEmpty();
        Map<String, String> received = new LinkedHashMap<String, String>();
        received.put("type", "return_received");
        assertThat(agent.post("/order-care/" + number[0] + "/events", care, received).parse()
                .select(".cnc-recorded").text()).isEqualTo("Recorded: return received.");

        Document refunded = agent.post("/order-care/" + number[0] + "/refund", care,
                Collections.<String, String>emptyMap()).parse();
        assertThat(refunded.select(".cnc-recorded").text()).isEqualTo("Refunded through the payment gateway and recorded.");
        assertThat(refunded.select(".cnc-timeline tr[data-type]").eachAttr("data-type"))
                .endsWith("return_requested", "return_received", "refunded");
        assertThat(refunded.select(".cnc-audit tbody").text()).contains("RETURN_REQUEST", "REFUND");
        assertThat(refunded.select("form.cnc-refund")).as("refunded once").isEmpty();
        assertThat(agent.get("/order-care").select(".cnc-open-returns tr[data-order=" + number[0] + "]")).isEmpty();
        assertThat(guest.page(orderPage).select(".refunded")).hasSize(1);
    }

    @Test
    void aGuestWithdrawsInTwoStepsWithoutAReasonAndReadsTheReceipt() throws Exception {
        String email = "withdrawer-" + UUID.randomUUID() + "@example.com";
        String[] number = new String[1];
        ShopperSession guest = guestWithDeliveredOrder(number, email);
        String withdraw = "/help/orders/" + number[0] + "/withdraw";

        Document first = guest.page(withdraw);
        assertThat(first.select("[data-step]").attr("data-step")).isEqualTo("choose");
        String itemField = first.select("table.returned-items select").attr("name");
        assertThat(first.select("table.returned-items select option[selected]").val()).as("everything, at first")
                .isEqualTo("1");
        assertThat(first.select(".withdrawal form button").text()).isEqualTo("Withdraw from the contract");

        Connection.Response second = guest.post(withdraw, itemField, "1");
        assertThat(second.statusCode()).isEqualTo(200);
        Document confirm = second.parse();
        assertThat(confirm.select("[data-step]").attr("data-step")).isEqualTo("confirm");
        assertThat(confirm.select(".withdrawal p").first().text()).contains("Rui Costa", email);
        assertThat(confirm.select(".withdrawal form button").text()).isEqualTo("Confirm the withdrawal");
        assertThat(guest.page("/help/orders/" + number[0]).select(".stage").attr("data-stage"))
                .as("the first step changes nothing").isEqualTo("delivered");

        Document done = after(guest, guest.post(withdraw, itemField, "1", "confirmed", "true"));
        assertThat(done.select(".notice").text()).startsWith("We received your withdrawal on");
        assertThat(done.select(".care-status .return").attr("data-withdrawn")).isEqualTo("true");
        assertThat(mailTitled("Receipt of your withdrawal from order " + number[0]))
                .contains("We received your withdrawal from the contract for order " + number[0],
                        "It does not yet confirm that it is accepted.", "1 × Trail Runner 28");
    }

    @Test
    void aReasonTheMerchantAddsInTheAdminIsOfferedAndOneTakenOffIsNot() throws Exception {
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        assertThat(merchant.get("/").select("#sideMenu a[href=\"/admin/return-reasons\"]").text())
                .isEqualTo("Return reasons");
        String label = "Bought two sizes " + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("label", label);
        fields.put("displayOrder", "5");
        fields.put("active", "true");
        merchant.saveForm("/return-reasons/add", fields);
        Map<String, String> badCode = new LinkedHashMap<String, String>(fields);
        badCode.put("code", "Not A Code");
        assertThat(merchant.saveForm("/return-reasons/add", badCode).body())
                .contains("Use lowercase letters, digits and hyphens only.");

        String email = "reasons-" + UUID.randomUUID() + "@example.com";
        String[] number = new String[1];
        ShopperSession guest = guestWithDeliveredOrder(number, email);
        assertThat(guest.page("/help/orders/" + number[0] + "/return").select("select[name=reason] option")
                .eachText()).as("first, by its position").element(1).isEqualTo(label);

        String row = merchant.get("/return-reasons").select("tr[data-link]:contains(" + label + ")").attr("data-link");
        merchant.saveForm(row.substring("/admin".length()), Collections.singletonMap("active", "false"));
        assertThat(guest.page("/help/orders/" + number[0] + "/return").select("select[name=reason] option")
                .eachText()).doesNotContain(label);
    }

    @Test
    void anOrderNotDeliveredIsRefusedWithTheReasonAndStrangersGetNotFound() throws Exception {
        String email = "early-" + UUID.randomUUID() + "@example.com";
        String number = GuestOrders.place(email);
        ShopperSession guest = GuestOrders.lookedUp(number, email);
        String itemField = guest.page("/help/orders/" + number + "/return").select("table.returned-items select")
                .attr("name");
        assertThat(guest.page("/help/orders/" + number).select(".actions a").eachAttr("data-action"))
                .doesNotContain("request_return", "withdraw");

        Document refused = after(guest, guest.post("/help/orders/" + number + "/withdraw", itemField, "1",
                "confirmed", "true"));
        assertThat(refused.select(".notice").text()).isEqualTo("A return can be requested once the order is delivered.");
        assertThat(refused.select(".stage").attr("data-stage")).isEqualTo("placed");

        ShopperSession stranger = ShopperSession.stepByStep(RunningDemoStore.site());
        stranger.get("/help/orders/lookup");
        assertThat(stranger.get("/help/orders/" + number + "/return").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/help/orders/" + number + "/withdraw").statusCode()).isEqualTo(404);
        assertThat(stranger.post("/help/orders/" + number + "/return", itemField, "1").statusCode()).isEqualTo(404);
        assertThat(stranger.post("/help/orders/" + number + "/withdraw", itemField, "1", "confirmed", "true")
                .statusCode()).isEqualTo(404);
    }
}
