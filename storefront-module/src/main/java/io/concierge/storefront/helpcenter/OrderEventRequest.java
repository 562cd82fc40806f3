package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import org.codehaus.jackson.JsonNode;
import org.codehaus.jackson.map.ObjectMapper;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The JSON body of a webhook call, read into the event it asks for:
 * {@code {"eventId", "type", "occurredAt"?, "sender"?, "carrier"?, "trackingNumber"?, "trackingUrl"?,
 * "estimatedDelivery"?, "reason"?}}, every value a string. The sender's event id is required: it is what makes a
 * delivery that is retried, or replayed, count once.
 */
final class OrderEventRequest {

    /** Who the event is from when the body does not say (the actor of the recorded event). */
    static final String DEFAULT_SENDER = "webhook";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = new HashSet<String>(Arrays.asList("eventId", "type", "occurredAt",
            "sender", "carrier", "trackingNumber", "trackingUrl", "estimatedDelivery", "reason"));

    private OrderEventRequest() {
    }

    /** @throws InvalidRequest with the reason, in English, for the sender's developers */
    static NewOrderEvent read(byte[] body) throws InvalidRequest {
        if (body.length == 0) {
            throw new InvalidRequest("The body must be a JSON object.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException notJson) {
            throw new InvalidRequest("The body is not JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidRequest("The body must be a JSON object.");
        }
        for (Iterator<String> names = root.getFieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new InvalidRequest("Unknown field \"" + name + "\".");
            }
            if (!root.get(name).isTextual() && !root.get(name).isNull()) {
                throw new InvalidRequest("\"" + name + "\" must be a string.");
            }
        }
        String eventId = required(root, "eventId");
        String typeKey = required(root, "type");
        OrderEventType type = OrderEventType.fromKey(typeKey);
        if (type == null) {
            throw new InvalidRequest("Unknown event type \"" + typeKey + "\".");
        }
        String sender = text(root, "sender");
        return NewOrderEvent.fromIntegration(type, sender == null ? DEFAULT_SENDER : sender)
                .senderEventId(eventId)
                .at(instant(root, "occurredAt"))
                .shipment(text(root, "carrier"), text(root, "trackingNumber"), text(root, "trackingUrl"))
                .estimatedDelivery(date(root, "estimatedDelivery"))
                .reason(text(root, "reason"));
    }

    private static String required(JsonNode root, String field) throws InvalidRequest {
        String value = text(root, field);
        if (value == null) {
            throw new InvalidRequest("\"" + field + "\" is required.");
        }
        return value;
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() || value.getTextValue().trim().isEmpty()
                ? null : value.getTextValue().trim();
    }

    private static Date instant(JsonNode root, String field) throws InvalidRequest {
        String value = text(root, field);
        try {
            return value == null ? null : Date.from(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("\"" + field + "\" must be an ISO-8601 time with an offset, e.g. 2026-12-01T14:30:00Z.");
        }
    }

    private static LocalDate date(JsonNode root, String field) throws InvalidRequest {
        String value = text(root, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("\"" + field + "\" must be an ISO-8601 date, e.g. 2026-12-03.");
        }
    }

    /** A body that does not say what to record. */
    static final class InvalidRequest extends Exception {

        private static final long serialVersionUID = 1L;

        InvalidRequest(String message) {
            super(message);
        }
    }
}
