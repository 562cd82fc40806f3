package io.concierge.thymeleafhost;

import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.StoreOptions;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.toy.ToyOptionsImpl;
import org.codehaus.jackson.map.ObjectMapper;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A capability that the kernel has never heard of, io.concierge.toy (test sources of this module): its package and
 * its three patch files, listed in the host's web.xml, are all it takes to get a switch, an options row with its
 * defaults, a guarded route, a widget and its messages.
 */
@ExtendWith(ThymeleafSite.class)
class ToyCapabilityWebIT {

    private static CapabilitySwitchService switches() {
        return ThymeleafSite.rootContext().getBean("cncCapabilitySwitches", CapabilitySwitchService.class);
    }

    private static Connection.Response fetch(String path) throws IOException {
        return Jsoup.connect(ThymeleafSite.url(path)).ignoreHttpErrors(true).ignoreContentType(true).execute();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> capabilities() throws IOException {
        return (Map<String, Object>) new ObjectMapper().readValue(fetch("/api/concierge/v1/capabilities").body(), Map.class)
                .get("capabilities");
    }

    @AfterEach
    void toyOn() {
        switches().setOn("toy", true);
    }

    @Test
    void theInstalledToyHasASwitchAndItsOptionsRowWithTheDefaults() throws IOException {
        assertThat(capabilities()).containsEntry("kb", true).containsEntry("toy", true);
        ToyOptionsImpl options = ThymeleafSite.rootContext().getBean("cncStoreOptions", StoreOptionsService.class)
                .read(ToyOptionsImpl.class);
        assertThat(options.getId()).as("the stored row").isEqualTo(StoreOptions.STORE_ROW_ID);
        assertThat(options.getStars()).isEqualTo(3);
    }

    @Test
    void itsPageRendersWithItsMessagesAndItsWidget() throws IOException {
        Connection.Response response = fetch("/toy");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = response.parse();

        assertThat(page.select("h1").text()).isEqualTo("The toy capability");
        assertThat(page.select(".rating").text()).isEqualTo("***");
        assertThat(page.select(".switched-on").text()).isEqualTo("kb guidance toy");
    }

    @Test
    void switchedOffItsRouteIsNotFoundAndItsWidgetEmptyWhileTheKnowledgeBaseStaysOn() throws IOException {
        switches().setOn("toy", false);

        assertThat(fetch("/toy").statusCode()).isEqualTo(404);
        assertThat(capabilities()).containsEntry("toy", false).containsEntry("kb", true);
        assertThat(fetch("/guides").statusCode()).isEqualTo(200);
    }
}
