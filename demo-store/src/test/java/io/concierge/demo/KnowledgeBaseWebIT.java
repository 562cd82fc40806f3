package io.concierge.demo;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.codehaus.jackson.map.ObjectMapper;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The knowledge base as shoppers meet it in the demo store, with the demo guides loaded on the first start. */
@ExtendWith(RunningDemoStore.class)
class KnowledgeBaseWebIT {

    private static final String GUIDE = "/guides/how-to-choose-a-hiking-backpack";

    private static Connection.Response fetch(String path) throws IOException {
        return Jsoup.connect(RunningDemoStore.site() + path).ignoreHttpErrors(true).ignoreContentType(true)
                .execute().bufferUp();
    }

    @Test
    void theListingShowsPublishedGuidesInTheShoppersLanguageNewestFirst() throws IOException {
        Document english = fetch("/guides").parse();
        List<String> titles = english.select("article.guide-card h2").eachText();
        assertThat(titles).contains("How to choose a hiking backpack", "Layering for the outdoors: base, insulation and shell")
                .doesNotContain("Como escolher a mochila certa para a trilha");
        assertThat(english.select("article.guide-card a").eachAttr("href"))
                .doesNotContain("/guides/backcountry-water-filters-explained", "/guides/one-bag-travel-carry-on-packing",
                        "/guides/holiday-shipping-order-by-dates");

        Document portuguese = fetch("/guides?blLocaleCode=pt_BR").parse();
        assertThat(portuguese.select("article.guide-card h2").eachText())
                .contains("Como escolher a mochila certa para a trilha")
                .doesNotContain("How to choose a hiking backpack");
        assertThat(portuguese.select("h1").text()).isEqualTo("Guias");
    }

    @Test
    void categoryAndTagPagesFilterAndUnknownOnesAre404() throws IOException {
        Document sizeAndFit = fetch("/guides/category/size-and-fit").parse();
        assertThat(sizeAndFit.select("article.guide-card a").eachAttr("href"))
                .containsExactly("/guides/size-guide-clothing-and-pack-fit");
        Document parent = fetch("/guides/category/choosing-gear").parse();
        assertThat(parent.select("article.guide-card a").eachAttr("href"))
                .contains("/guides/size-guide-clothing-and-pack-fit", GUIDE);

        Document tagged = fetch("/guides/tag/waterproofing").parse();
        assertThat(tagged.select("article.guide-card a").eachAttr("href")).contains("/guides/rain-jacket-care-and-reproofing")
                .doesNotContain(GUIDE);

        assertThat(fetch("/guides/category/no-such-topic").statusCode()).isEqualTo(404);
        assertThat(fetch("/guides/tag/no-such-tag").statusCode()).isEqualTo(404);
        assertThat(fetch("/guides?page=abc").statusCode()).isEqualTo(200);
    }

    @Test
    void aGuidePageCarriesItsBodyProductsRelatedGuidesAndMetadata() throws IOException {
        Document page = fetch(GUIDE).parse();
        assertThat(page.select("h1").text()).isEqualTo("How to choose a hiking backpack");
        assertThat(page.select(".guide-body h2")).isNotEmpty();
        assertThat(page.select(".guide-product h3").eachText()).startsWith("Trail Runner 28");
        assertThat(page.select(".guide-product .price").first().text()).isEqualTo("$109.00");
        assertThat(page.select(".guide-product form[action=/cart/add] input[name=productId]")).isNotEmpty();
        assertThat(page.select(".related-guides a")).isNotEmpty();

        String canonical = RunningDemoStore.site() + GUIDE;
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("article");
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        @SuppressWarnings("unchecked")
        Map<String, Object> article = new ObjectMapper().readValue(
                page.select("script[type=application/ld+json]").first().data(), Map.class);
        assertThat(article).containsEntry("@type", "Article")
                .containsEntry("headline", "How to choose a hiking backpack")
                .containsEntry("inLanguage", "en")
                .containsEntry("mainEntityOfPage", canonical);
        assertThat((String) article.get("datePublished")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void draftScheduledArchivedAndUnknownGuidesAre404WithTheStoresPage() throws IOException {
        for (String slug : new String[] {"backcountry-water-filters-explained", "one-bag-travel-carry-on-packing",
                "holiday-shipping-order-by-dates", "no-such-guide", "%3Cscript%3E"}) {
            Connection.Response response = fetch("/guides/" + slug);
            assertThat(response.statusCode()).as(slug).isEqualTo(404);
            assertThat(response.parse().select("h1").text()).as(slug).isEqualTo("Page not found");
        }
    }

    @Test
    void aShopperVotesOnceAndIsThanked() throws IOException {
        ShopperSession shopper = new ShopperSession(RunningDemoStore.site());
        shopper.page("/guides/layering-for-the-outdoors");
        Document thanked = shopper.post("/guides/layering-for-the-outdoors/vote", "helpful", "yes").parse();
        assertThat(thanked.select(".vote-thanks").text()).isEqualTo("Thank you for your feedback.");
        assertThat(shopper.page("/guides/layering-for-the-outdoors").select(".guide-vote form")).isEmpty();

        ShopperSession other = new ShopperSession(RunningDemoStore.site());
        other.page("/guides/layering-for-the-outdoors");
        Document refused = other.post("/guides/layering-for-the-outdoors/vote", "helpful", "maybe").parse();
        assertThat(refused.select(".guide-vote .problem").text()).isEqualTo("Please answer yes or no.");
        assertThat(refused.select(".guide-vote form")).isNotEmpty();
    }

    @Test
    void theAtomFeedIsValidAndListsTheNewestGuidesOfTheLanguage() throws Exception {
        Connection.Response response = fetch("/guides/feed.xml?blLocaleCode=es_ES");
        assertThat(response.contentType()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(response.body())));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        List<String> links = new ArrayList<String>();
        for (SyndEntry entry : feed.getEntries()) {
            links.add(entry.getLink());
            assertThat(entry.getUpdatedDate()).isNotNull();
        }
        assertThat(links).isNotEmpty().allMatch(link -> link.startsWith(RunningDemoStore.site() + "/guides/"))
                .doesNotContain(RunningDemoStore.site() + "/guides/como-lavar-y-guardar-plumas");
        assertThat(feed.getLanguage()).isEqualTo("es");
    }

    @Test
    void theSitemapListsVisibleGuidesAndTheCatalog() throws IOException {
        Document sitemap = Jsoup.parse(fetch("/sitemap.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();
        assertThat(locations).contains(RunningDemoStore.site() + GUIDE,
                RunningDemoStore.site() + "/guides/como-escolher-mochila-de-trilha",
                RunningDemoStore.site() + "/backpacks/trail-runner-28")
                .doesNotContain(RunningDemoStore.site() + "/guides/backcountry-water-filters-explained");
    }

    @Test
    void theProductPageShowsGuidesForTheProductInTheShoppersLanguage() throws IOException {
        Document english = fetch("/backpacks/trail-runner-28").parse();
        assertThat(english.select(".concierge-product-guides a").eachAttr("href")).contains(GUIDE);
        Document portuguese = fetch("/backpacks/trail-runner-28?blLocaleCode=pt_BR").parse();
        assertThat(portuguese.select(".concierge-product-guides a").eachAttr("href"))
                .doesNotContain(GUIDE).contains("/guides/como-escolher-mochila-de-trilha");
    }

    @Test
    void switchingTheKnowledgeBaseOffHidesItsPagesAndWidget() throws IOException {
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        merchant.switchCapability("kb", false);
        try {
            assertThat(fetch("/guides").statusCode()).isEqualTo(404);
            assertThat(fetch(GUIDE).statusCode()).isEqualTo(404);
            assertThat(fetch("/backpacks/trail-runner-28").parse().select(".concierge-product-guides")).isEmpty();
            assertThat(fetch("/sitemap.xml").body()).doesNotContain("/guides/");
        } finally {
            merchant.switchCapability("kb", true);
        }
        assertThat(fetch("/guides").statusCode()).isEqualTo(200);
    }

    @Test
    void searchFindsGuidesInTheShoppersLanguageWithStemmingTyposAndHighlights() throws IOException {
        Document portuguese = fetch("/guides/search?q=mochilas&blLocaleCode=pt_BR").parse();
        assertThat(portuguese.select(".search-hit a").eachAttr("href")).contains("/guides/como-escolher-mochila-de-trilha")
                .doesNotContain(GUIDE);
        assertThat(portuguese.select(".search-hit .snippet mark")).isNotEmpty();

        Document typo = fetch("/guides/search?q=backpak&blLocaleCode=en_US").parse();
        assertThat(typo.select(".search-hit a").eachAttr("href")).contains(GUIDE);
    }

    @Test
    void searchAnswersJsonForHeadlessStorefronts() throws IOException {
        Connection.Response response = Jsoup.connect(RunningDemoStore.site() + "/guides/search?q=backpack")
                .header("Accept", "application/json").ignoreContentType(true).ignoreHttpErrors(true).execute();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        @SuppressWarnings("unchecked")
        Map<String, Object> json = new ObjectMapper().readValue(response.body(), Map.class);
        assertThat(((Number) json.get("total")).intValue()).isPositive();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hits = (List<Map<String, Object>>) json.get("hits");
        assertThat(hits).extracting(hit -> hit.get("url")).contains(GUIDE);
    }

    @Test
    void emptyHugeAndHostileQueriesGetAPageNeverAnError() throws IOException {
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 10000) {
            huge.append("tent ");
        }
        for (String query : new String[] {"", "   ", "\"(:*~^[]{}", "<script>alert(1)</script>", huge.toString()}) {
            Connection.Response response = Jsoup.connect(RunningDemoStore.site() + "/guides/search")
                    .data("q", query).ignoreHttpErrors(true).execute();
            assertThat(response.statusCode()).as(query.length() > 40 ? "huge" : query).isEqualTo(200);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("<script>alert(1)</script>");
        }
        Document nothing = fetch("/guides/search?q=zzxqvbnonsense").parse();
        assertThat(nothing.select(".no-results").text()).contains("zzxqvbnonsense");
    }
}
