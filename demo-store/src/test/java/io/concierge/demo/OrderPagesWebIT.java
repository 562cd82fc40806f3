package io.concierge.demo;

import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.kernel.orders.OrderEventType;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help center's guest order lookup and order page over HTTP on the running demo store: guest orders placed
 * through the demo's checkout, the seeded customers' orders (ana.souza@example.com placed 20260612210341771001,
 * emily.carter@example.com 202605301014223181000).
 */
@ExtendWith(RunningDemoStore.class)
class OrderPagesWebIT {

    private static final String LOOKUP = "/help/orders/lookup";
    private static final String ANAS_ORDER = "20260612210341771001";
    private static final String EMILYS_ORDER = "202605301014223181000";

    private static String site() {
        return RunningDemoStore.site();
    }

    private static String newEmail() {
        return "guest-" + UUID.randomUUID() + "@example.com";
    }

    /** A session that has seen the lookup form (and so holds its CSRF token). */
    private static ShopperSession atTheLookup() throws IOException {
        ShopperSession session = ShopperSession.stepByStep(site());
        assertThat(session.get(LOOKUP).statusCode()).isEqualTo(200);
        return session;
    }

    /** The page without what differs between any two pages of one session: the CSRF token. */
    private static String withoutToken(Connection.Response response) throws IOException {
        Document page = response.parse();
        page.select("input[name=csrfToken]").remove();
        return page.outerHtml();
    }

    @Test
    void aGuestFindsTheOrderByNumberAndEmailAndSeesItsTimelineItemsAddressDeadlineAndActions() throws Exception {
        String email = newEmail();
        String number = GuestOrders.place(email);
        ShopperSession guest = atTheLookup();

        Connection.Response found = guest.post(LOOKUP, "orderNumber", " " + number + " ", "email", "  " + email.toUpperCase() + " ");
        assertThat(found.statusCode()).as("post-redirect-get").isEqualTo(302);
        assertThat(found.header("Location")).endsWith("/help/orders/" + number).doesNotContain("?");

        Connection.Response shown = guest.get("/help/orders/" + number);
        assertThat(shown.statusCode()).isEqualTo(200);
        Document page = shown.parse();
        assertThat(page.select(".timeline li.event").eachAttr("data-type")).containsExactly("placed", "paid");
        assertThat(page.select(".timeline li.event time").first().text()).isNotBlank();
        assertThat(page.select(".stage").text()).isEqualTo("Placed");
        assertThat(page.select(".paid").text()).isEqualTo("Paid");
        assertThat(page.select(".deadline").text()).contains("until your parcel is picked");
        assertThat(page.select(".lines tbody tr").text()).contains("Trail Runner 28", "1", "$");
        assertThat(page.select(".shipping-address").text()).contains("Rui Costa", "Rua Augusta 1", "Curitiba", "80000-000");
        assertThat(page.select(".actions a").eachAttr("href"))
                .containsExactly("/help/orders/" + number + "/address", "/help/orders/" + number + "/cancel");

        OrderTimelineService timelines = RunningDemoStore.siteContext().getBean("cncOrderTimelineService", OrderTimelineService.class);
        long orderId = timelines.orderIdOf(number);
        timelines.record(orderId, NewOrderEvent.fromIntegration(OrderEventType.PICKED, "warehouse"));
        timelines.record(orderId, NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "warehouse")
                .shipment("CTT", "RR123", "https://track.example/RR123").estimatedDelivery(LocalDate.of(2026, 12, 24)));
        timelines.record(orderId, NewOrderEvent.fromIntegration(OrderEventType.DELAYED, "carrier").reason("Storm <b>in</b> Lisbon"));

        Document shipped = guest.page("/help/orders/" + number + "?blLocaleCode=pt_BR");
        assertThat(shipped.select(".timeline li.event").eachAttr("data-type"))
                .containsExactly("placed", "paid", "picked", "shipped", "delayed");
        assertThat(shipped.select(".stage").text()).isEqualTo("Enviado");
        assertThat(shipped.select(".care-status .tracking").text()).contains("CTT", "RR123");
        assertThat(shipped.select(".care-status .tracking a").attr("href")).isEqualTo("https://track.example/RR123");
        assertThat(shipped.select(".care-status .estimate").text()).contains("24 de dezembro de 2026");
        assertThat(shipped.select(".delay").text()).contains("Storm <b>in</b> Lisbon");
        assertThat(shipped.select(".delay b")).as("escaped").isEmpty();
        assertThat(shipped.select(".lines tbody tr").text()).contains("US$");
        assertThat(shipped.select(".actions a")).as("nothing to change once shipped").isEmpty();
        assertThat(shipped.select(".deadline")).isEmpty();
    }

    @Test
    void aWrongNumberAndAWrongEmailGetTheSameAnswer() throws IOException {
        String email = newEmail();
        String number = GuestOrders.place(email);
        ShopperSession guest = atTheLookup();

        Connection.Response wrongNumber = guest.post(LOOKUP, "orderNumber", number + "9", "email", email);
        Connection.Response wrongEmail = guest.post(LOOKUP, "orderNumber", number, "email", "other-" + email);

        assertThat(wrongNumber.statusCode()).isEqualTo(200);
        assertThat(wrongEmail.statusCode()).isEqualTo(200);
        assertThat(wrongEmail.parse().select(".problem").text()).contains("We found no order with this number and e-mail");
        assertThat(withoutToken(wrongEmail)).isEqualTo(withoutToken(wrongNumber));
        assertThat(wrongEmail.body()).as("nothing typed is shown again").doesNotContain(number, email);
        assertThat(guest.get("/help/orders/" + number).statusCode()).isEqualTo(404);
    }

    @Test
    void afterFiveFailuresForAnOrderEveryLookupOfItIsRefusedWithTheTimeToWaitEvenWithTheRightEmail() throws IOException {
        String email = newEmail();
        String number = GuestOrders.place(email);
        ShopperSession guesser = atTheLookup();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(guesser.post(LOOKUP, "orderNumber", number, "email", attempt + email).statusCode())
                    .as("failure " + attempt).isEqualTo(200);
        }

        Connection.Response sixth = guesser.post(LOOKUP, "orderNumber", number, "email", "6" + email);
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.parse().select(".problem").text()).matches("Too many attempts to find an order\\. Please try again in 1?[0-9] minutes\\.");

        ShopperSession owner = atTheLookup();
        Connection.Response right = owner.post(LOOKUP, "orderNumber", number, "email", email);
        assertThat(right.statusCode()).as("the order is limited, whoever asks").isEqualTo(429);
        assertThat(withoutToken(right)).isEqualTo(withoutToken(sixth));
        assertThat(owner.get("/help/orders/" + number).statusCode()).isEqualTo(404);
    }

    @Test
    void emptyOrOverlongFieldsGetFieldMessagesAndNothingElse() throws IOException {
        ShopperSession guest = atTheLookup();
        Document empty = guest.post(LOOKUP, "orderNumber", " ", "email", "").parse();
        assertThat(empty.select("label.field .problem").eachText())
                .containsExactly("Please fill in this field.", "Please fill in this field.");
        assertThat(empty.select("p.problem")).isEmpty();

        StringBuilder longNumber = new StringBuilder();
        while (longNumber.length() < 65) {
            longNumber.append('7');
        }
        Document overlong = guest.post(LOOKUP, "orderNumber", longNumber.toString(), "email", "a@example.com").parse();
        assertThat(overlong.select("label.field .problem").eachText()).containsExactly("This is too long.");
        assertThat(overlong.select("input[name=email]").val()).as("typed values stay for a correction").isEqualTo("a@example.com");
    }

    @Test
    void withoutTheLookupNobodyElseSeesAGuestOrderNotEvenTheSessionThatPlacedIt() throws IOException {
        ShopperSession checkout = new ShopperSession(site());
        String number = GuestOrders.place(checkout, newEmail());
        Connection.Response unknown = ShopperSession.stepByStep(site()).get("/help/orders/no-such-order");
        assertThat(unknown.statusCode()).isEqualTo(404);

        assertThat(checkout.get("/help/orders/" + number).statusCode()).isEqualTo(404);
        Connection.Response fresh = ShopperSession.stepByStep(site()).get("/help/orders/" + number);
        assertThat(fresh.statusCode()).isEqualTo(404);
        assertThat(withoutToken(fresh)).as("the same 404 as an unknown order").isEqualTo(withoutToken(unknown));
    }

    @Test
    void aLookupWithoutTheCsrfTokenIsRefusedAndGrantsNothing() throws IOException {
        String email = newEmail();
        String number = GuestOrders.place(email);
        ShopperSession guest = atTheLookup();
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("orderNumber", number);
        fields.put("email", email);

        assertThat(guest.postExactly(LOOKUP, fields).statusCode()).isEqualTo(403);
        fields.put("csrfToken", "forged");
        assertThat(guest.postExactly(LOOKUP, fields).statusCode()).isEqualTo(403);
        assertThat(guest.get("/help/orders/" + number).statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedInShopperReachesTheirOrdersFromTheAccountButNotAnotherShoppersOrder() throws IOException {
        ShopperSession ana = ShopperSession.stepByStep(site());
        ana.signInShopper("ana.souza@example.com", "demo1234");

        Document account = ana.page("/account");
        assertThat(account.select("a.order-care-link").eachAttr("href")).contains("/help/orders/" + ANAS_ORDER);

        Connection.Response own = ana.get("/help/orders/" + ANAS_ORDER);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.parse().select(".lines tbody tr").text()).contains("Trail Runner 28");
        assertThat(own.parse().select(".timeline .no-events")).as("seeded orders have no timeline").hasSize(1);

        Connection.Response emilys = ana.get("/help/orders/" + EMILYS_ORDER);
        assertThat(emilys.statusCode()).isEqualTo(404);
        assertThat(withoutToken(emilys)).isEqualTo(withoutToken(ana.get("/help/orders/no-such-order")));
    }

    @Test
    void theFooterLinksToTheLookup() throws IOException {
        Document home = Jsoup.connect(site() + "/").get();
        assertThat(home.select("footer a[href=/help/orders/lookup]")).hasSize(1);
    }
}
