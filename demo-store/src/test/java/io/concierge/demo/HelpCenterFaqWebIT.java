package io.concierge.demo;

import org.codehaus.jackson.map.ObjectMapper;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URLEncoder;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The help center's front door over HTTP: /help with its search box, most read answers, FAQ and ways on;
 * /help/search over guides and the demo FAQ in one list, HTML and JSON, for any text; /help/faq/{id}.
 */
@ExtendWith(RunningDemoStore.class)
class HelpCenterFaqWebIT {

    private static Connection.Response fetch(String path) throws IOException {
        return Jsoup.connect(RunningDemoStore.site() + path).ignoreHttpErrors(true).ignoreContentType(true)
                .maxBodySize(0).execute().bufferUp();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String query) throws IOException {
        Connection.Response response = Jsoup.connect(RunningDemoStore.site() + "/help/search?q="
                        + URLEncoder.encode(query, "UTF-8")).header("Accept", "application/json")
                .ignoreContentType(true).ignoreHttpErrors(true).maxBodySize(0).execute();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        return new ObjectMapper().readValue(response.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(Map<String, Object> json) {
        return (List<Map<String, Object>>) json.get("hits");
    }

    @Test
    void theFrontDoorOffersSearchFaqAndTheWaysOn() throws IOException {
        Connection.Response response = fetch("/help");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = response.parse();
        assertThat(page.select("form.help-search").attr("action")).endsWith("/help/search");
        assertThat(page.select(".help-ways a").eachAttr("href"))
                .containsExactly("/help/orders/lookup", "/account", "/help/contact");
        assertThat(page.select(".faq-entry a").eachText()).contains("Where is my parcel?")
                .doesNotContain("Onde está minha encomenda?");
        assertThat(page.select(".most-read a").size()).isBetween(1, 5);

        assertThat(fetch("/").parse().select("p.help a").eachAttr("href")).contains("/help");

        Document portuguese = fetch("/help?blLocaleCode=pt_BR").parse();
        assertThat(portuguese.select(".faq-entry a").eachText()).contains("Onde está minha encomenda?")
                .doesNotContain("Where is my parcel?");
    }

    @Test
    void searchFindsGuidesAndFaqInOneList() throws IOException {
        Document page = fetch("/help/search?q=parcel").parse();
        assertThat(page.select(".search-hit.answer-faq h2").eachText()).contains("Where is my parcel?");

        List<Map<String, Object>> both = hits(json("backpack"));
        assertThat(both).extracting(hit -> hit.get("kind")).contains("guide");
        List<Map<String, Object>> faq = hits(json("rain jacket waterproof"));
        assertThat(faq).extracting(hit -> hit.get("kind")).contains("faq");
        String faqUrl = (String) faq.stream().filter(hit -> "faq".equals(hit.get("kind"))).findFirst().get().get("url");
        assertThat(faqUrl).matches("/help/faq/\\d+");

        Document entry = fetch(faqUrl).parse();
        assertThat(entry.select("h1").text()).isEqualTo("Is the rain jacket fully waterproof?");
        assertThat(entry.select(".faq-products a").eachAttr("href")).contains("/apparel/stormline-rain-jacket");

        // A row written around the service (SQL, an import) is still printed sanitized.
        long id = Long.parseLong(faqUrl.substring("/help/faq/".length()));
        JdbcTemplate database = new JdbcTemplate(RunningDemoStore.siteContext()
                .getBean("blTransactionManager", JpaTransactionManager.class).getDataSource());
        String answer = database.queryForObject("SELECT ANSWER FROM CNC_FAQ_ENTRY WHERE FAQ_ID = ?", String.class, id);
        try {
            database.update("UPDATE CNC_FAQ_ENTRY SET ANSWER = ? WHERE FAQ_ID = ?",
                    "<p>Seams taped.</p><script>alert(1)</script><img src=x onerror=alert(2)>", id);
            Document written = fetch(faqUrl).parse();
            assertThat(written.select(".answer").text()).contains("Seams taped.");
            assertThat(written.select(".answer script, .answer [onerror]")).isEmpty();
        } finally {
            database.update("UPDATE CNC_FAQ_ENTRY SET ANSWER = ? WHERE FAQ_ID = ?", answer, id);
        }

        // Spanish and Portuguese, with a typo: the Spanish FAQ, not the English one.
        Document spanish = fetch("/help/search?q=paquete&blLocaleCode=es_ES").parse();
        assertThat(spanish.select(".search-hit.answer-faq h2").eachText()).contains("¿Dónde está mi paquete?");
        Document portuguese = fetch("/help/search?q=devolucao&blLocaleCode=pt_BR").parse();
        assertThat(portuguese.select(".search-hit.answer-faq h2").eachText()).contains("Como faço uma devolução?");
    }

    @Test
    void anyTextIsAnsweredAndEscaped() throws IOException {
        StringBuilder huge = new StringBuilder();
        while (huge.length() < 10000) {
            huge.append("tent ");
        }
        String[] queries = {"", "   ", "<script>alert(1)</script>", "title:* OR \"", "((( ]]] \\ ~1 ^9", huge.toString(),
                "zzqxj"};
        for (String query : queries) {
            Connection.Response response = fetch("/help/search?q=" + URLEncoder.encode(query, "UTF-8"));
            assertThat(response.statusCode()).as(query).isEqualTo(200);
            assertThat(response.body()).doesNotContain("<script>alert(1)</script>");
            assertThat(json(query)).containsKey("hits");
        }
        Document hostile = fetch("/help/search?q=" + URLEncoder.encode("<script>alert(1)</script>", "UTF-8")).parse();
        assertThat(hostile.select("script")).isEmpty();
        assertThat(hostile.select("form.help-search input[name=q]").val()).isEqualTo("<script>alert(1)</script>");
        assertThat(fetch("/help/search?q=zzqxj").parse().select(".no-results").text()).contains("zzqxj");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCaseFormGetsThreeSuggestionsAndCountsWhatSolvedIt() throws IOException {
        Connection.Response suggested = Jsoup.connect(RunningDemoStore.site() + "/help/suggest?q=where+is+my+parcel")
                .ignoreContentType(true).ignoreHttpErrors(true).execute();
        assertThat(suggested.statusCode()).isEqualTo(200);
        assertThat(suggested.contentType()).startsWith("application/json");
        List<Map<String, Object>> hits = hits(new ObjectMapper().readValue(suggested.body(), Map.class));
        assertThat(hits).hasSizeBetween(1, 3);
        Map<String, Object> first = hits.get(0);
        assertThat(first.get("kind")).isEqualTo("faq");
        assertThat(first.get("title")).isEqualTo("Where is my parcel?");
        String id = String.valueOf(first.get("id"));

        // A browser with a session and the visitor cookie the suggestions gave it, and the page's CSRF token.
        Map<String, String> cookies = new java.util.HashMap<String, String>(suggested.cookies());
        Connection.Response lookup = Jsoup.connect(RunningDemoStore.site() + "/help/orders/lookup").cookies(cookies)
                .execute();
        cookies.putAll(lookup.cookies());
        org.jsoup.nodes.Element tokenInput = lookup.parse().select("form input[type=hidden]").first();
        String token = tokenInput.val();
        String tokenName = tokenInput.attr("name");

        Connection.Response forged = Jsoup.connect(RunningDemoStore.site() + "/help/suggest/solved").cookies(cookies)
                .data("kind", "faq").data("id", id).method(Connection.Method.POST).ignoreHttpErrors(true)
                .ignoreContentType(true).execute();
        assertThat(forged.statusCode()).isEqualTo(403);

        assertThat(solved(cookies, tokenName, token, "faq", id).body()).contains("\"counted\":true");
        assertThat(solved(cookies, tokenName, token, "faq", id).body()).contains("\"counted\":false");
        assertThat(solved(cookies, tokenName, token, "faq", "999999999").statusCode()).isEqualTo(404);
        assertThat(solved(cookies, tokenName, token, "nonsense", id).statusCode()).isEqualTo(404);

        Connection.Response hostile = Jsoup.connect(RunningDemoStore.site() + "/help/suggest?q="
                + URLEncoder.encode("<img src=x onerror=alert(1)> \" OR *:*", "UTF-8")).ignoreContentType(true)
                .ignoreHttpErrors(true).execute();
        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<img");
    }

    private static Connection.Response solved(Map<String, String> cookies, String tokenName, String token,
                                              String kind, String id) throws IOException {
        return Jsoup.connect(RunningDemoStore.site() + "/help/suggest/solved").cookies(cookies)
                .data(tokenName, token).data("kind", kind).data("id", id).method(Connection.Method.POST)
                .ignoreHttpErrors(true).ignoreContentType(true).execute();
    }

    @Test
    void anUnknownEntryIsTheStoresNotFoundPage() throws IOException {
        assertThat(fetch("/help/faq/999999999").statusCode()).isEqualTo(404);
    }
}
