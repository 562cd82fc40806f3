package io.concierge.demo;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A care agent on the admin's Order care page, over HTTP on the running demo store. */
@ExtendWith(RunningDemoStore.class)
class OrderCareAdminWebIT {

    private static Map<String, String> event(String type, String... fieldsAndValues) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("type", type);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return fields;
    }

    @Test
    void anAgentFindsAnOrderRecordsItsDispatchAndIsToldWhyALateEventIsRefused() throws IOException {
        String number = GuestOrders.place("guest-" + UUID.randomUUID() + "@example.com");
        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        String page = "/order-care?orderNumber=" + number;

        Document found = agent.get(page);
        assertThat(found.select(".cnc-timeline tr[data-type]").eachAttr("data-type")).containsExactly("placed", "paid");
        assertThat(found.select("form.cnc-record-event").eachAttr("data-type"))
                .containsExactly("picked", "shipped", "out_for_delivery", "delivered", "delayed", "return_received");

        // The admin answers with the page again (after a redirect), saying what happened once.
        Document shipped = agent.post("/order-care/" + number + "/events", page, event("shipped", "carrier", "CTT",
                "trackingNumber", "RR123", "trackingUrl", "https://track.example/RR123",
                "estimatedDelivery", "2026-12-24")).parse();
        assertThat(shipped.select(".cnc-recorded").text()).isEqualTo("Recorded: shipped.");
        assertThat(shipped.select(".cnc-timeline tr[data-type]").eachAttr("data-type"))
                .containsExactly("placed", "paid", "shipped");
        assertThat(shipped.select(".cnc-timeline tr[data-type=shipped]").text()).contains("CTT", "RR123", "2026-12-24");
        assertThat(shipped.select(".cnc-audit tbody tr")).as("the agent's event is audited").isNotEmpty();

        Document refused = agent.post("/order-care/" + number + "/events", page, event("picked")).parse();
        assertThat(refused.select(".cnc-problem").text()).isEqualTo("The order has already been shipped.");
        assertThat(refused.select(".cnc-timeline tr[data-type]")).hasSize(3);

        Document badDate = agent.post("/order-care/" + number + "/events", page,
                event("delayed", "reason", "Storm", "estimatedDelivery", "24/12")).parse();
        assertThat(badDate.select(".cnc-problem").text()).contains("check the order number and the date");
        assertThat(agent.get(page).select(".cnc-timeline tr[data-type]")).as("nothing recorded").hasSize(3);
    }

    @Test
    void anUnknownOrderNumberSaysSo() throws IOException {
        Document page = AdminSession.signInAsAdmin(RunningDemoStore.admin()).get("/order-care?orderNumber=NO-SUCH");

        assertThat(page.select(".cnc-not-found").text()).isEqualTo("No order has this number.");
        assertThat(page.select(".cnc-timeline")).isEmpty();
    }
}
