package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.concierge.demo.DemoStoreWebTesting.fetch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A signed-in shopper's guidance from their own demo orders, over HTTP: on the account and home pages, complements of
 * what they bought with the purchase they go with and its month, in their language; the hiking socks due again 90 days
 * after Diego's July order; durables they bought offered nowhere; the JSON API for headless stores; nothing for a
 * guest.
 */
@ExtendWith(RunningDemoStore.class)
class PersonalGuidanceWebIT {

    private static final String EMILY = "emily.carter@example.com";
    /** What Emily bought (May: Summit Pack 45, rain cover; August: stove, pot, mug; October: hammock, tarp). */
    private static final List<String> EMILYS_PRODUCTS = Arrays.asList("1001", "1006", "1019", "1021", "1025", "1012",
            "1010");
    private static final String BLOCK = ".concierge-guidance-personal .guidance-block[data-block=with-your-orders]";

    /** The first mining run starts some seconds after the store. */
    @BeforeAll
    static void mined() throws IOException {
        ShopperSession emily = signedIn(EMILY);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2))
                .until(() -> !emily.page("/account").select(BLOCK).isEmpty());
    }

    @Test
    void theAccountPageOffersWhatGoesWithWhatTheShopperBoughtAndSaysWhichPurchaseAndWhen() throws IOException {
        Document account = signedIn(EMILY).page("/account");
        Element block = account.selectFirst(BLOCK);

        assertThat(block.select("h2").text()).isEqualTo("Goes with what you bought");
        assertThat(block.select("li.guidance-recommendation")).hasSizeBetween(1, 3);
        assertThat(block.select("li.reason[data-kind=BOUGHT_BEFORE]").eachText()).isNotEmpty().allMatch(text -> text
                .matches("Goes with the (Summit Pack 45|Adjustable Pack Rain Cover|Pocket Canister Stove"
                        + "|Titanium Pot 750 ml|Insulated Camp Mug 350 ml|Hammock Camp Kit|Featherlite Tarp 3 x 3 m)"
                        + " you bought in (May|August|October)( 20\\d\\d)?"), block.html());
        assertThat(block.select("li.guidance-recommendation").eachAttr("data-product-id"))
                .doesNotContainAnyElementsOf(EMILYS_PRODUCTS);
        assertThat(block.select("a").eachAttr("href")).allMatch(href -> href.contains("?guidance=with-your-orders."
                + "BOUGHT_BEFORE."));
    }

    @Test
    void theHomePageShowsTheSameBlockToTheSignedInShopperAndNothingToAGuest() throws IOException {
        assertThat(signedIn(EMILY).page("/").select(BLOCK + " li.guidance-recommendation")).isNotEmpty();
        assertThat(new ShopperSession(RunningDemoStore.site()).page("/").select(".concierge-guidance-personal"))
                .isEmpty();
    }

    @Test
    void socksAreDueAgainNinetyDaysAfterTheShoppersLastOrderInTheirLanguage() throws IOException {
        Document account = signedIn("diego.navarro@example.com").page("/account?blLocaleCode=es_ES");
        Element due = account.selectFirst(".concierge-guidance-personal .guidance-block[data-block=due-again]");

        assertThat(due).as(account.select("main").html()).isNotNull();
        assertThat(due.select("h2").text()).isEqualTo("Hora de reponer");
        assertThat(due.select("li.guidance-recommendation[data-product-id=1037] li.reason[data-kind=DUE_AGAIN]")
                .text()).matches("Lo compraste en julio( 2026)?; dura unos 90 d\u00edas");
    }

    /** Emily bought the rain cover, a durable: the Trail Runner 28's page offers it to a guest, not to her. */
    @Test
    void aDurableTheShopperBoughtIsNotOfferedToThemOnAProductPage() throws IOException {
        String rainCover = ".guidance-block li.guidance-recommendation[data-product-id=1006]";
        assertThat(new ShopperSession(RunningDemoStore.site()).page("/backpacks/trail-runner-28").select(rainCover))
                .hasSize(1);
        assertThat(signedIn(EMILY).page("/backpacks/trail-runner-28").select(rainCover)).isEmpty();
    }

    @Test
    void theJsonApiAnswersTheSignedInShoppersBlocksAndAGuestA401() throws IOException {
        Connection.Response mine = signedIn(EMILY).get("/api/concierge/v1/guidance/me");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.contentType()).startsWith("application/json");
        assertThat(mine.body()).startsWith("{\"goesWithYourOrders\":[{").contains("\"kind\":\"BOUGHT_BEFORE\"")
                .contains(" you bought in ").contains("\"dueAgain\":[");

        Connection.Response guest = fetch(RunningDemoStore.site() + "/api/concierge/v1/guidance/me");
        assertThat(guest.statusCode()).isEqualTo(401);
        assertThat(guest.body()).contains("\"error\":\"not_signed_in\"").doesNotContain("Exception");
    }

    private static ShopperSession signedIn(String email) throws IOException {
        ShopperSession shopper = ShopperSession.stepByStep(RunningDemoStore.site());
        shopper.signInShopper(email, "demo1234");
        return shopper;
    }
}
