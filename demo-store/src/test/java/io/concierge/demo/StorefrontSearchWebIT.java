package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URLEncoder;

import static io.concierge.demo.DemoStoreWebTesting.fetch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shoppers searching the demo store's catalog: Broadleaf's Solr search over the embedded Solr, whose index the
 * storefront builds while it starts (so these tests search at once, without waiting).
 */
@ExtendWith(RunningDemoStore.class)
class StorefrontSearchWebIT {

    private static Connection.Response search(String typed) throws IOException {
        return fetch(RunningDemoStore.site() + "/search?q=" + URLEncoder.encode(typed, "UTF-8"));
    }

    private static String total(Document page) {
        return page.select("p.result-count").attr("data-total");
    }

    @Test
    void aWordOfAProductNameFindsThatProduct() throws IOException {
        Connection.Response response = search("Ridgeback");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = response.parse();
        assertThat(page.select("article.card h3").eachText())
                .containsExactlyInAnyOrder("Ridgeback 2 Backpacking Tent", "Ridgeback 2 Footprint");
        assertThat(total(page)).isEqualTo("2");
        assertThat(page.select("p.result-count").text()).isEqualTo("2 products match \u201cRidgeback\u201d.");
    }

    @Test
    void everyWordMustMatchAndWordsMatchTheirPlurals() throws IOException {
        assertThat(search("trail runner").parse().select("article.card h3").eachText())
                .containsExactly("Trail Runner 28");
        assertThat(search("tents").parse().select("article.card h3").eachText())
                .contains("Basecamp 4 Family Tent", "Solo Trekker 1 Tent");
    }

    @Test
    void aNonsenseWordFindsNothingOnAFriendlyPage() throws IOException {
        Connection.Response response = search("zzqxvw");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = response.parse();
        assertThat(page.select("article.card")).isEmpty();
        assertThat(total(page)).isEqualTo("0");
        assertThat(page.select("p.result-count").text()).startsWith("No products match \u201czzqxvw\u201d.");
    }

    @Test
    void anEmptySearchIsAPromptNotAnError() throws IOException {
        Connection.Response response = search("");

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = response.parse();
        assertThat(page.select("p.notice").text()).startsWith("Type what you are looking for");
        assertThat(page.select("article.card")).isEmpty();
    }

    @Test
    void solrSyntaxInTheSearchBoxIsHarmless() throws IOException {
        for (String typed : new String[] {"\"(:*", "tent\" OR name_t:[* TO *]", "*:*", "\\", "{!lucene}tent"}) {
            Connection.Response response = search(typed);

            assertThat(response.statusCode()).as(typed).isEqualTo(200);
            assertThat(response.body()).as(typed).doesNotContain("Exception").doesNotContain("at org.");
            assertThat(response.parse().select("#search-q").val()).as("the box shows what was typed").isEqualTo(typed);
        }
        assertThat(total(search("\"tent\"").parse())).as("quotes around a word still find it").isEqualTo("5");
    }

    @Test
    void choosingABrandNarrowsTheResultsAndTheLinkClearsItAgain() throws IOException {
        Document all = search("tent").parse();
        String northfold = all.select("section[data-facet=mfg] a:contains(Northfold)").attr("href");
        assertThat(total(all)).isEqualTo("5");

        Document narrowed = Jsoup.connect(RunningDemoStore.site() + northfold).get();

        assertThat(total(narrowed)).isEqualTo("4");
        assertThat(narrowed.select("article.card h3").eachText()).doesNotContain("Hanging Toiletry Kit");
        assertThat(narrowed.select("section[data-facet=mfg] li.chosen").text()).contains("Northfold");
        String clear = narrowed.select("section[data-facet=mfg] li.chosen a.remove").attr("href");
        assertThat(total(Jsoup.connect(RunningDemoStore.site() + clear).get())).isEqualTo("5");
    }

    @Test
    void priceBandsCountTheResultsByThePriceShoppersPay() throws IOException {
        Document page = search("tent").parse();

        // Ridgeback 2 Footprint $45 and Hanging Toiletry Kit $36; the three tents cost $259 to $429 ($299 on sale).
        assertThat(page.select("section[data-facet=price] li").eachText())
                .containsExactly("$0 to $50 (2)", "$200 and up (3)");
    }

    @Test
    void resultsComeTwelveToAPage() throws IOException {
        Document first = search("the").parse();
        int total = Integer.parseInt(total(first));
        assertThat(total).isGreaterThan(24);
        assertThat(first.select("article.card")).hasSize(12);

        Document last = Jsoup.connect(RunningDemoStore.site() + "/search?q=the&page=3").get();
        assertThat(last.select("article.card")).hasSize(total - 24);
        assertThat(last.select("nav.pages a[rel=next]")).isEmpty();
        assertThat(last.select("nav.pages a[rel=prev]").attr("href")).isEqualTo("/search?q=the&page=2");
    }

    @Test
    void shoppersSearchInTheirLanguageFromTheSearchBoxInEveryPage() throws IOException {
        Connection.Response portuguese = fetch(RunningDemoStore.site() + "/?blLocaleCode=pt_BR");
        Document home = portuguese.parse();
        assertThat(home.select("form.search").attr("action")).isEqualTo("/search");
        assertThat(home.select("form.search input[name=q]")).hasSize(1);
        assertThat(home.select("form.search button").text()).isEqualTo("Buscar");

        Document results = Jsoup.connect(RunningDemoStore.site() + "/search?q=ridgeback")
                .cookies(portuguese.cookies()).get();

        assertThat(results.select("p.result-count").text())
                .isEqualTo("2 produtos correspondem a \u201cridgeback\u201d.");
        assertThat(results.select("section[data-facet=mfg] h2").text()).isEqualTo("Marca");
    }
}
