package io.concierge.thymeleafhost;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.codehaus.jackson.map.ObjectMapper;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.xml.sax.InputSource;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.concierge.thymeleafhost.ThymeleafSite.GUIDE;
import static io.concierge.thymeleafhost.ThymeleafSite.GUIDE_TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Concierge in a stock Broadleaf 3.1 Thymeleaf site, whose Thymeleaf resolver (order 1, no view-name filter) would
 * take any view name: Concierge's pages still render as its own FreeMarker pages, and the site's Thymeleaf pages show
 * Concierge's widget.
 */
@ExtendWith(ThymeleafSite.class)
class ThymeleafHostWebIT {

    private static Connection.Response fetch(String path) throws IOException {
        return Jsoup.connect(ThymeleafSite.url(path)).ignoreHttpErrors(true).ignoreContentType(true).execute().bufferUp();
    }

    /** A page of Concierge's own layout: answered 200 as HTML, not framed by the site's Thymeleaf layout. */
    private static Document conciergePage(String path) throws IOException {
        Connection.Response response = fetch(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        Document page = response.parse();
        assertThat(page.select("main.concierge")).as(path).hasSize(1);
        assertThat(page.select("#host-header")).as(path).isEmpty();
        return page;
    }

    @Test
    void theSitesOwnThymeleafPagesRenderInItsLayout() throws IOException {
        Connection.Response home = fetch("/");
        assertThat(home.statusCode()).isEqualTo(200);
        Document page = home.parse();
        assertThat(page.select("#host-header")).hasSize(1);
        assertThat(page.select("#home h1").text()).isEqualTo("Welcome");
    }

    @Test
    void theProductPageShowsTheConciergeWidgetsTheProductsGuidesInTheShoppersLanguageAndWhatGoesWithIt() throws IOException {
        Connection.Response response = fetch(ThymeleafSite.PRODUCT_URL);
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = response.parse();
        assertThat(page.select("#host-header")).hasSize(1);
        assertThat(page.select("#product h1").text()).isEqualTo(ThymeleafSite.PRODUCT_NAME);
        assertThat(page.select("ul.product-guides a").eachAttr("href")).containsExactly("/guides/" + GUIDE);
        assertThat(page.select("ul.product-guides a").text()).isEqualTo(GUIDE_TITLE);
        assertThat(page.select("ul.goes-well-with li a").text()).isEqualTo(ThymeleafSite.COMPLEMENT_NAME);
        assertThat(page.select("ul.goes-well-with li .reason").eachText())
                .containsExactly(ThymeleafSite.COMPLEMENT_REASON);
        assertThat(page.html()).doesNotContain("concierge_widget");
    }

    /** The shopper signs in at the site's own /login_post, with the CSRF token of a page of this session. */
    private static Map<String, String> signedInShopper() throws IOException {
        Connection.Response guide = fetch("/guides/" + GUIDE);
        String token = guide.parse().select(".guide-vote form input[name=csrfToken]").val();
        assertThat(token).isNotEmpty();
        Connection.Response signIn = Jsoup.connect(ThymeleafSite.url("/login_post")).cookies(guide.cookies())
                .data("j_username", ThymeleafSite.SHOPPER_EMAIL, "j_password", ThymeleafSite.SHOPPER_PASSWORD,
                        "csrfToken", token)
                .method(Connection.Method.POST).followRedirects(false).ignoreHttpErrors(true).execute();
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.header("Location")).doesNotContain("error").endsWith("/");
        Map<String, String> cookies = new HashMap<String, String>(guide.cookies());
        cookies.putAll(signIn.cookies());
        return cookies;
    }

    @Test
    void theHomePageShowsTheSignedInShoppersOwnGuidanceThroughTheWidgetAndNothingToAGuest() throws IOException {
        assertThat(fetch("/").parse().select("ul.due-again")).as("a guest's home page").isEmpty();

        Document home = Jsoup.connect(ThymeleafSite.url("/")).cookies(signedInShopper()).get();

        assertThat(home.select("#host-header")).hasSize(1);
        assertThat(home.select("#home h1").text()).isEqualTo("Welcome");
        assertThat(home.select("ul.due-again li a").text()).isEqualTo(ThymeleafSite.CONSUMABLE_NAME);
        assertThat(home.select("ul.due-again li .reason").eachText()).singleElement().asString()
                .startsWith("You bought it in ").endsWith("; it lasts about " + ThymeleafSite.CONSUMABLE_DAYS
                        + " days");
        assertThat(home.html()).doesNotContain("concierge_widget");
    }

    @Test
    void theGuideListingIsConciergesFreeMarkerPage() throws IOException {
        Document listing = conciergePage("/guides");
        assertThat(listing.select("article.guide-card a").eachAttr("href")).containsExactly("/guides/" + GUIDE);
    }

    @Test
    void aGuideIsConciergesFreeMarkerPage() throws IOException {
        Document guide = conciergePage("/guides/" + GUIDE);
        assertThat(guide.select("h1").text()).isEqualTo(GUIDE_TITLE);
        assertThat(guide.select(".guide-product h3").text()).isEqualTo(ThymeleafSite.PRODUCT_NAME);
        assertThat(guide.select("script[type=application/ld+json]")).isNotEmpty();
    }

    /** The vote posts with the site's CSRF token and is redirected by the site's own resolver (Thymeleaf's). */
    @Test
    void aVoteIsCountedAndRedirectedBackToTheGuide() throws IOException {
        Connection.Response guide = fetch("/guides/" + GUIDE);
        Element form = guide.parse().selectFirst(".guide-vote form");
        assertThat(form).isNotNull();
        Map<String, String> fields = new HashMap<String, String>();
        for (Element hidden : form.select("input[type=hidden]")) {
            fields.put(hidden.attr("name"), hidden.val());
        }
        fields.put("helpful", "yes");

        Connection.Response vote = Jsoup.connect(ThymeleafSite.url(form.attr("action"))).cookies(guide.cookies())
                .data(fields).method(Connection.Method.POST).followRedirects(false).ignoreHttpErrors(true).execute();
        assertThat(vote.statusCode()).isEqualTo(302);
        assertThat(vote.header("Location")).endsWith("/guides/" + GUIDE);
        Document thanked = Jsoup.connect(ThymeleafSite.url("/guides/" + GUIDE)).cookies(guide.cookies()).get();
        assertThat(thanked.select(".vote-thanks")).hasSize(1);
    }

    @Test
    void unknownAndDraftGuidesAre404() throws IOException {
        assertThat(fetch("/guides/no-such-guide").statusCode()).isEqualTo(404);
        assertThat(fetch("/guides/" + ThymeleafSite.DRAFT_GUIDE).statusCode()).isEqualTo(404);
    }

    @Test
    void theSearchPageFindsTheGuide() {
        // The index follows each committed guide change; give it a moment after the start.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                conciergePage("/guides/search?q=" + ThymeleafSite.GUIDE_WORD).select(".search-hit a").eachAttr("href"))
                .containsExactly("/guides/" + GUIDE));
    }

    @Test
    void theFeedAndTheSitemapListTheGuide() throws Exception {
        Connection.Response feedResponse = fetch("/guides/feed.xml");
        assertThat(feedResponse.statusCode()).isEqualTo(200);
        assertThat(feedResponse.contentType()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(feedResponse.body())));
        List<String> titles = new ArrayList<String>();
        for (SyndEntry entry : feed.getEntries()) {
            titles.add(entry.getTitle());
        }
        assertThat(titles).containsExactly(GUIDE_TITLE);

        Connection.Response sitemap = fetch("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.contentType()).startsWith("application/xml");
        assertThat(Jsoup.parse(sitemap.body(), "", Parser.xmlParser()).select("url > loc").eachText())
                .anyMatch(loc -> loc.endsWith("/guides/" + GUIDE));
    }

    @Test
    void theCapabilitiesApiAnswersJson() throws IOException {
        Connection.Response response = fetch("/api/concierge/v1/capabilities");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        Map<?, ?> capabilities = (Map<?, ?>) new ObjectMapper().readValue(response.body(), Map.class).get("capabilities");
        assertThat(capabilities.get("kb")).isEqualTo(true);
    }
}
