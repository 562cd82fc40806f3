package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEventType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderEventRequestTest {

    private static NewOrderEvent read(String json) throws OrderEventRequest.InvalidRequest {
        return OrderEventRequest.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertInvalid(String json, String message) {
        assertThatThrownBy(() -> read(json)).as(json).isInstanceOf(OrderEventRequest.InvalidRequest.class)
                .hasMessageContaining(message);
    }

    @Test
    void readsAShipmentWithEveryDetail() throws Exception {
        NewOrderEvent event = read("{\"eventId\":\"wh-1\",\"type\":\"shipped\",\"occurredAt\":\"2026-12-01T15:30:00+01:00\","
                + "\"sender\":\"lisbon-warehouse\",\"carrier\":\"CTT\",\"trackingNumber\":\"RR1\","
                + "\"trackingUrl\":\"https://track.example/RR1\",\"estimatedDelivery\":\"2026-12-03\"}");
        assertThat(event.type()).isEqualTo(OrderEventType.SHIPPED);
        assertThat(event.source()).isEqualTo(EventSource.WEBHOOK);
        assertThat(event.actor()).isEqualTo(Actor.integration("lisbon-warehouse"));
        assertThat(event.senderEventId()).isEqualTo("wh-1");
        assertThat(event.occurredAt()).isEqualTo(Date.from(Instant.parse("2026-12-01T14:30:00Z")));
        assertThat(event.carrier()).isEqualTo("CTT");
        assertThat(event.trackingNumber()).isEqualTo("RR1");
        assertThat(event.trackingUrl()).isEqualTo("https://track.example/RR1");
        assertThat(event.estimatedDelivery()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aMinimalEventIsFromTheWebhookAndHappensWhenRecorded() throws Exception {
        NewOrderEvent event = read("{\"eventId\":\"7\",\"type\":\"out_for_delivery\",\"reason\":null}");
        assertThat(event.type()).isEqualTo(OrderEventType.OUT_FOR_DELIVERY);
        assertThat(event.actor()).isEqualTo(Actor.integration(OrderEventRequest.DEFAULT_SENDER));
        assertThat(event.occurredAt()).isNull();
        assertThat(event.reason()).isNull();
    }

    @Test
    void saysWhatIsWrongWithABody() {
        assertInvalid("not json", "not JSON");
        assertInvalid("[1,2]", "JSON object");
        assertInvalid("", "JSON object");
        assertInvalid("{\"type\":\"shipped\"}", "\"eventId\" is required");
        assertInvalid("{\"eventId\":\" \",\"type\":\"shipped\"}", "\"eventId\" is required");
        assertInvalid("{\"eventId\":\"1\"}", "\"type\" is required");
        assertInvalid("{\"eventId\":\"1\",\"type\":\"teleported\"}", "Unknown event type");
        assertInvalid("{\"eventId\":\"1\",\"type\":\"shipped\",\"colour\":\"red\"}", "Unknown field \"colour\"");
        assertInvalid("{\"eventId\":1,\"type\":\"shipped\"}", "\"eventId\" must be a string");
        assertInvalid("{\"eventId\":\"1\",\"type\":\"shipped\",\"occurredAt\":\"yesterday\"}", "ISO-8601 time");
        assertInvalid("{\"eventId\":\"1\",\"type\":\"shipped\",\"occurredAt\":\"2026-12-01T10:00:00\"}", "with an offset");
        assertInvalid("{\"eventId\":\"1\",\"type\":\"shipped\",\"estimatedDelivery\":\"03/12/2026\"}", "ISO-8601 date");
    }
}
