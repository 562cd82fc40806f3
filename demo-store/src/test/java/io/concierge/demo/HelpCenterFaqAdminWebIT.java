package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FAQ in the Broadleaf admin (Customer Service › FAQ), driven over HTTP: an entry the merchant adds is
 * sanitized and found on the storefront's /help/search at once; an empty question or answer is a field error.
 */
@ExtendWith(RunningDemoStore.class)
class HelpCenterFaqAdminWebIT {

    private final AdminSession merchant;

    HelpCenterFaqAdminWebIT() throws IOException {
        merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
    }

    private static Document search(String query) throws IOException {
        return Jsoup.connect(RunningDemoStore.site() + "/help/search?q=" + query).ignoreHttpErrors(true).get();
    }

    @Test
    void theSectionIsUnderCustomerService() throws IOException {
        assertThat(merchant.get("/").select("a[href$=/faq-entries]").eachText()).contains("FAQ");
        assertThat(merchant.get("/faq-entries").select("#listGrid-main").size()).isEqualTo(1);
    }

    @Test
    void anEntryAddedInTheAdminIsFoundOnTheStorefront() throws IOException {
        assertThat(search("zanzibarite").select(".search-hit")).isEmpty();
        Map<String, String> fields = new HashMap<String, String>();
        fields.put("question", "Do you ship zanzibarite crystals?");
        fields.put("answer", "<p onclick=\"steal()\">Yes, packed in foam.</p><script>steal()</script>");
        fields.put("locale", "en");
        fields.put("published", "true");
        fields.put("displayOrder", ""); // an empty position is 0
        Connection.Response saved = merchant.saveForm("/faq-entries/add", fields);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.url().getPath()).matches(".*/faq-entries/\\d+$");

        Document found = search("zanzibarite");
        assertThat(found.select(".search-hit.answer-faq h2").eachText())
                .containsExactly("Do you ship zanzibarite crystals?");
        String url = found.select(".search-hit.answer-faq h2 a").attr("href");
        Document entry = Jsoup.connect(RunningDemoStore.site() + url).get();
        assertThat(entry.select(".answer").html()).contains("Yes, packed in foam.").doesNotContain("script")
                .doesNotContain("onclick");
        // A typo finds it too.
        assertThat(search("zanzibarita").select(".search-hit.answer-faq h2").eachText())
                .contains("Do you ship zanzibarite crystals?");
    }

    @Test
    void anEmptyQuestionOrAnswerIsAFieldError() throws IOException {
        Map<String, String> fields = new HashMap<String, String>();
        fields.put("question", "");
        fields.put("answer", "<p> </p><script>steal()</script>");
        fields.put("locale", "en");
        Connection.Response response = merchant.saveForm("/faq-entries/add", fields).bufferUp();
        Document refused = response.parse();
        assertThat(refused.select("#field-question .error").text()).as(response.body()).isNotEmpty();
        assertThat(refused.select(".error").text()).as(response.body()).contains("Write the answer.");
        assertThat(merchant.get("/faq-entries").select("#listGrid-main").text()).doesNotContain("steal");
    }
}
