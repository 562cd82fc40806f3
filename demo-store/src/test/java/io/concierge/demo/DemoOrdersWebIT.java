package io.concierge.demo;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's seeded orders in every care state, as the README lists them, found with the guest lookup. */
@ExtendWith(RunningDemoStore.class)
class DemoOrdersWebIT {

    private static Document lookUp(String number, String email) throws IOException {
        return GuestOrders.lookedUp(number, email).page("/help/orders/" + number);
    }

    @Test
    void everySeededStateShowsOnItsOrderPage() throws IOException {
        assertThat(lookUp("202611161226544081011", "marta.ruiz@example.com").select(".actions a")).hasSize(2);
        assertThat(lookUp("202610290958277301010", "emily.carter@example.com").select(".stage").attr("data-stage"))
                .isEqualTo("picked");
        Document shipped = lookUp("202610082240115761009", "diego.navarro@example.com");
        assertThat(shipped.select(".stage").attr("data-stage")).isEqualTo("shipped");
        assertThat(shipped.select(".care-status .tracking").text()).contains("SEUR", "SE4471920ES");
        Document delayed = lookUp("20260920161248121008", "ana.souza@example.com");
        assertThat(delayed.select(".delay").text()).contains("Greve parcial nos centros de distribui\u00e7\u00e3o");
        assertThat(lookUp("202608181149022631006", "rafael.oliveira@example.com").select(".stage").attr("data-stage"))
                .isEqualTo("delivered");
        assertThat(lookUp("202607091822059411003", "marta.ruiz@example.com").select(".stage").attr("data-stage"))
                .isEqualTo("cancelled");
        Document returned = lookUp("202608031905334891005", "emily.carter@example.com");
        assertThat(returned.select(".timeline li.event").eachAttr("data-type"))
                .endsWith("return_requested", "return_received", "refunded");
        assertThat(returned.select(".refunded")).hasSize(1);
    }
}
