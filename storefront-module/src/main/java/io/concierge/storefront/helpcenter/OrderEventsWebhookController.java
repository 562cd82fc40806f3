package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.RecordedEvent;
import io.concierge.core.helpcenter.orders.RefusedOrderEventException;
import io.concierge.core.helpcenter.orders.UnknownOrderException;
import io.concierge.core.helpcenter.orders.WebhookSignature;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.storefront.kernel.CapabilityRoutes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Fulfillment events from a warehouse or carrier: {@code POST /api/concierge/v1/orders/{orderNumber}/events} with
 * a JSON body ({@link OrderEventRequest}) signed in {@value #SIGNATURE_HEADER} ({@link WebhookSignature}). The
 * signature is checked first, before the body is read as JSON or the order looked up, so that an unsigned caller
 * learns nothing, not even which order numbers exist. It needs no session and no CSRF token: the signature is its
 * authentication (the host exempts exactly this path from its CSRF check).
 */
@Controller
@CapabilityRoutes("helpcenter")
public class OrderEventsWebhookController {

    public static final String SIGNATURE_HEADER = "X-Concierge-Signature";

    /** Larger than any event; a bigger body is not read (the signature needs all of it in memory). */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private static final Log LOG = LogFactory.getLog(OrderEventsWebhookController.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Resource(name = "cncOrderTimelineService")
    protected OrderTimelineService timelineService;

    @Resource(name = "cncOrderEventsWebhookSignature")
    protected WebhookSignature signature;

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @PostConstruct
    public void warnWithoutSecret() {
        if (!signature.isConfigured()) {
            LOG.warn("Concierge order events webhook: concierge.orders.webhook.secret is not set (or shorter than "
                    + WebhookSignature.MIN_SECRET_LENGTH + " characters); every request will be refused");
        }
    }

    @RequestMapping(value = "/api/concierge/v1/orders/{orderNumber}/events", method = RequestMethod.POST)
    public void receive(@PathVariable("orderNumber") String orderNumber,
                        @RequestHeader(value = SIGNATURE_HEADER, required = false) String signatureHeader,
                        HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = readAtMost(request, MAX_BODY_BYTES);
        if (body == null) {
            answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "too_large",
                    "The body is larger than " + MAX_BODY_BYTES + " bytes.");
            return;
        }
        if (!signature.verify(body, signatureHeader)) {
            LOG.warn("Concierge order events webhook: refused a request for order " + printable(orderNumber) + ": "
                    + (!signature.isConfigured() ? "no secret configured" : signatureHeader == null
                    ? "no " + SIGNATURE_HEADER + " header" : "wrong signature"));
            answer(response, HttpServletResponse.SC_UNAUTHORIZED, "bad_signature",
                    "The " + SIGNATURE_HEADER + " header is missing or does not sign this body.");
            return;
        }
        NewOrderEvent event;
        try {
            event = OrderEventRequest.read(body);
        } catch (OrderEventRequest.InvalidRequest invalid) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, "invalid_request", invalid.getMessage());
            return;
        }
        Long orderId = timelineService.orderIdOf(orderNumber);
        if (orderId == null) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, "unknown_order", "There is no order with this number.");
            return;
        }
        try {
            RecordedEvent recorded = timelineService.record(orderId, event);
            Map<String, Object> body200 = new LinkedHashMap<String, Object>();
            body200.put("recorded", !recorded.isRepeat());
            body200.put("repeat", recorded.isRepeat());
            body200.put("event", describe(recorded.event()));
            write(response, HttpServletResponse.SC_OK, body200);
        } catch (RefusedOrderEventException refused) {
            Map<String, Object> refusal = error(refused.refusal().isTransition() ? "refused" : "invalid_request",
                    messages.getMessage(refused.refusal().messageKey(), null, Locale.ENGLISH));
            refusal.put("reason", refused.refusal().messageKey());
            write(response, refused.refusal().isTransition() ? HttpServletResponse.SC_CONFLICT
                    : HttpServletResponse.SC_BAD_REQUEST, refusal);
        } catch (UnknownOrderException deletedMeanwhile) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, "unknown_order", "There is no order with this number.");
        }
    }

    private static Map<String, Object> describe(OrderEvent event) {
        Map<String, Object> described = new LinkedHashMap<String, Object>();
        described.put("eventId", event.getSenderEventId());
        described.put("type", event.getType().key());
        described.put("occurredAt", event.getOccurredAt().toInstant().toString());
        described.put("recordedAt", event.getRecordedAt().toInstant().toString());
        described.put("position", event.getPosition());
        return described;
    }

    /** @return the body, or null when it is longer than {@code max} bytes */
    private static byte[] readAtMost(HttpServletRequest request, int max) throws IOException {
        if (request.getContentLengthLong() > max) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        InputStream in = request.getInputStream();
        for (int read; (read = in.read(buffer)) != -1; ) {
            body.write(buffer, 0, read);
            if (body.size() > max) {
                return null;
            }
        }
        return body.toByteArray();
    }

    /** An order number from the URL, fit for one log line. */
    private static String printable(String text) {
        String cut = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return cut.replaceAll("[^\\p{Alnum}._-]", "?");
    }

    private static Map<String, Object> error(String error, String message) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("error", error);
        body.put("message", message);
        return body;
    }

    private static void answer(HttpServletResponse response, int status, String error, String message)
            throws IOException {
        write(response, status, error(error, message));
    }

    private static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
