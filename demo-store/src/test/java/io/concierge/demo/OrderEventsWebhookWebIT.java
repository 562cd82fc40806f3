package io.concierge.demo;

import io.concierge.core.helpcenter.orders.OrderStage;
import io.concierge.core.helpcenter.orders.OrderTimeline;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.WebhookSignature;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order events webhook over HTTP on the running demo store, for orders placed through the demo's checkout. The
 * store's secret is the one the launcher made in its data directory at the first start (as for preview links).
 */
@ExtendWith(RunningDemoStore.class)
class OrderEventsWebhookWebIT {

    private static final String HEADER = "X-Concierge-Signature";

    private static WebhookSignature storeSignature() throws IOException {
        String secret = new String(Files.readAllBytes(
                new File(RunningDemoStore.dataDir(), DemoSecret.WEBHOOK_FILE_NAME).toPath()), StandardCharsets.US_ASCII);
        assertThat(secret.trim()).hasSizeGreaterThanOrEqualTo(32)
                .isEqualTo(System.getProperty("concierge.orders.webhook.secret"));
        return new WebhookSignature(secret);
    }

    private static OrderTimelineService timelines() {
        return RunningDemoStore.siteContext().getBean("cncOrderTimelineService", OrderTimelineService.class);
    }

    /** A guest's order through the demo's real checkout; returns its number. */
    private static String placedOrder() throws IOException {
        return GuestOrders.place("webhook-" + UUID.randomUUID() + "@example.com");
    }

    private static Connection.Response send(String orderNumber, String json, String signature) throws IOException {
        Connection connection = Jsoup.connect(RunningDemoStore.site() + "/api/concierge/v1/orders/" + orderNumber + "/events")
                .method(Connection.Method.POST).header("Content-Type", "application/json")
                .requestBody(json).ignoreHttpErrors(true).ignoreContentType(true);
        if (signature != null) {
            connection.header(HEADER, signature);
        }
        return connection.execute();
    }

    private static Connection.Response signed(String orderNumber, String json) throws IOException {
        return send(orderNumber, json, storeSignature().sign(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static OrderTimeline timelineOf(String orderNumber) {
        return timelines().timeline(timelines().orderIdOf(orderNumber));
    }

    @Test
    void theCheckoutPlacedTheOrderAndASignedShipmentIsRecordedOnceHoweverOftenItIsSent() throws IOException {
        String order = placedOrder();
        assertThat(timelineOf(order).events()).extracting(OrderEvent::getType)
                .as("the demo's checkout (pay on delivery, captured)")
                .containsExactly(OrderEventType.PLACED, OrderEventType.PAID);

        String shipped = "{\"eventId\":\"wh-" + UUID.randomUUID() + "\",\"type\":\"shipped\",\"sender\":\"warehouse\","
                + "\"carrier\":\"Correios\",\"trackingNumber\":\"BR123\",\"trackingUrl\":\"https://track.example/BR123\","
                + "\"estimatedDelivery\":\"2026-12-24\"}";
        Connection.Response first = signed(order, shipped);
        Connection.Response replay = signed(order, shipped);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        assertThat(first.body()).contains("\"recorded\":true", "\"repeat\":false", "\"type\":\"shipped\"");
        assertThat(first.cookies()).as("no session for a webhook").isEmpty();
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("\"recorded\":false", "\"repeat\":true");

        OrderTimeline timeline = timelineOf(order);
        assertThat(timeline.events()).extracting(OrderEvent::getType)
                .containsExactly(OrderEventType.PLACED, OrderEventType.PAID, OrderEventType.SHIPPED);
        OrderEvent event = timeline.events().get(2);
        assertThat(event.getSource()).isEqualTo(EventSource.WEBHOOK);
        assertThat(event.getTrackingNumber()).isEqualTo("BR123");
        assertThat(timeline.status().stage()).isEqualTo(OrderStage.SHIPPED);
    }

    @Test
    void aMissingOrWrongSignatureIsRefusedWith401AndRecordsNothing() throws IOException {
        String order = placedOrder();
        String json = "{\"eventId\":\"wh-" + UUID.randomUUID() + "\",\"type\":\"picked\"}";
        String forTheOtherBody = storeSignature().sign("{\"eventId\":\"x\",\"type\":\"picked\"}".getBytes(StandardCharsets.UTF_8));
        String otherSecret = new WebhookSignature("not-the-store-secret-at-all").sign(json.getBytes(StandardCharsets.UTF_8));

        for (String signature : new String[] {null, "", "sha256=00", forTheOtherBody, otherSecret}) {
            Connection.Response refused = send(order, json, signature);
            assertThat(refused.statusCode()).as(String.valueOf(signature)).isEqualTo(401);
            assertThat(refused.body()).contains("\"error\":\"bad_signature\"").doesNotContain("Exception");
        }
        assertThat(send("no-such-order", json, null).statusCode()).as("401 before the order is looked up").isEqualTo(401);
        assertThat(timelineOf(order).events()).extracting(OrderEvent::getType)
                .containsExactly(OrderEventType.PLACED, OrderEventType.PAID);
    }

    @Test
    void signedButUnknownMalformedOrRefusedEventsGetAClearJsonAnswer() throws IOException {
        String order = placedOrder();
        Connection.Response unknown = signed("no-such-order", "{\"eventId\":\"1\",\"type\":\"picked\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"error\":\"unknown_order\"");

        Connection.Response notJson = signed(order, "shipped!");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("\"error\":\"invalid_request\"", "not JSON");

        Connection.Response badLink = signed(order, "{\"eventId\":\"l-" + UUID.randomUUID()
                + "\",\"type\":\"shipped\",\"trackingUrl\":\"javascript:alert(1)\"}");
        assertThat(badLink.statusCode()).isEqualTo(400);
        assertThat(badLink.body()).contains("helpcenter.orders.refused.trackingLinkNotHttp",
                "The tracking link must be an http or https address.");

        Connection.Response early = signed(order, "{\"eventId\":\"d-" + UUID.randomUUID() + "\",\"type\":\"delivered\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("\"error\":\"refused\"", "\"reason\":\"helpcenter.orders.refused.notShipped\"",
                "The order has not been shipped yet.");

        assertThat(timelineOf(order).events()).hasSize(2);
    }
}
