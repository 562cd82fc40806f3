package io.concierge.demo;

import io.concierge.core.kb.GuidePreviewTokens;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base in the Broadleaf admin, driven over HTTP as a merchant's browser would: the Customer Service
 * sections, writing and scheduling guides, linking tags, products and related guides, field errors for slugs and
 * schedules, the storefront preview link and the guide reports.
 */
@ExtendWith(RunningDemoStore.class)
class KnowledgeBaseAdminWebIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern GUIDE_URL = Pattern.compile("/admin/guides/(\\d+)$");

    private final AdminSession merchant;

    KnowledgeBaseAdminWebIT() throws IOException {
        merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
    }

    /** A title no other test uses, so that each test has guides (and slugs) of its own. */
    private static String uniqueTitle(String title) {
        return title + " " + SEQUENCE.incrementAndGet();
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private Connection.Response addGuide(String title, String slug, String status, String publishAt)
            throws IOException {
        Map<String, String> fields = new HashMap<String, String>();
        fields.put("title", title);
        fields.put("slug", slug);
        fields.put("status", status);
        fields.put("publishAt", publishAt);
        fields.put("locale", "en");
        fields.put("summary", "How to do it well");
        fields.put("body", "<h2>Steps</h2><p onclick=\"steal()\">Do it.</p><script>steal()</script>");
        return merchant.saveForm("/guides/add", fields);
    }

    /** Adds a draft through the admin's "Add Guide" dialog; its id, read from the page the admin moves on to. */
    private long addedGuide(String title) throws IOException {
        Connection.Response added = addGuide(title, "", "DRAFT", "");
        Matcher id = GUIDE_URL.matcher(added.url().getPath());
        assertThat(id.find()).as("the admin moves on to the new guide, not %s", added.url()).isTrue();
        return Long.parseLong(id.group(1));
    }

    private Document listOfGuides() throws IOException {
        return merchant.get("/guides");
    }

    private static List<String> rowIds(Document page, String collection) {
        return page.select("#" + collection + " tbody tr[data-rowid]").eachAttr("data-rowid");
    }

    @Test
    void customerServiceHasTheKnowledgeBaseSections() throws IOException {
        Document home = merchant.get("/");

        for (String section : new String[] {"guides", "guide-categories", "guide-tags", "guide-reports"}) {
            assertThat(home.select("#sideMenu a[href=\"/admin/" + section + "\"]")).as(section).hasSize(1);
        }
        assertThat(home.select("#sideMenu").text()).contains("Guides", "Guide categories", "Guide tags",
                "Guide reports");
    }

    @Test
    void aGuideWrittenAndScheduledInTheAdminIsListedWithADerivedSlugAndASanitizedBody() throws IOException {
        String title = uniqueTitle("Waterproofing your tent");

        Connection.Response added = addGuide(title, "", "SCHEDULED", "2031.05.06 07:08:09");

        assertThat(added.url().getPath()).matches(".*/admin/guides/\\d+");
        Element row = listOfGuides().select("#listGrid-main tr[data-link=\"" + added.url().getPath() + "\"]").first();
        assertThat(row).isNotNull();
        assertThat(row.text()).contains(title, "Scheduled", "2031.05.06 07:08:09");
        Document edit = added.parse();
        assertThat(edit.select("input[name=fields['slug'].value]").val()).isEqualTo(slugOf(title));
        String body = edit.select("textarea[name=fields['body'].value]").val();
        assertThat(body).contains("<h2>Steps</h2>", "Do it.").doesNotContain("script").doesNotContain("onclick");
    }

    @Test
    void aSlugAnotherGuideHoldsIsAFieldErrorAndNothingIsSaved() throws IOException {
        String taken = slugOf(uniqueTitle("Choosing a sleeping bag"));
        addGuide("Choosing a sleeping bag", taken, "DRAFT", "");
        String secondTitle = uniqueTitle("Another sleeping bag guide");

        Document refused = addGuide(secondTitle, taken, "DRAFT", "").parse();

        assertThat(refused.select("#field-slug .error").text()).contains("This slug is already used");
        assertThat(listOfGuides().text()).doesNotContain(secondTitle);
    }

    @Test
    void aTitleThatWouldGiveATakenSlugIsRefusedToo() throws IOException {
        String title = uniqueTitle("Packing light");
        addedGuide(title);

        Document refused = addGuide(title, "", "DRAFT", "").parse();

        assertThat(refused.select("#field-slug .error").text()).contains("This slug is already used");
        assertThat(listOfGuides().select("#listGrid-main tbody tr").eachText())
                .filteredOn(text -> text.contains(title)).hasSize(1);
    }

    @Test
    void aMalformedSlugIsAFieldErrorAndNothingIsSaved() throws IOException {
        String title = uniqueTitle("Stove safety");

        Document refused = addGuide(title, "Stove Safety!", "DRAFT", "").parse();

        assertThat(refused.select("#field-slug .error").text()).contains("Use lowercase letters a-z");
        assertThat(listOfGuides().text()).doesNotContain(title);
    }

    @Test
    void aScheduledGuideWithoutPublishTimeIsAFieldError() throws IOException {
        String title = uniqueTitle("Night hiking");

        Document refused = addGuide(title, "", "SCHEDULED", "").parse();

        assertThat(refused.select("#field-publishAt .error").text()).contains("A scheduled guide needs a publish time");
        assertThat(listOfGuides().text()).doesNotContain(title);
    }

    @Test
    void anEditedGuideKeepsItsOwnSlugButMayNotTakeAnothers() throws IOException {
        String firstTitle = uniqueTitle("Cleaning a water filter");
        addedGuide(firstTitle);
        long second = addedGuide(uniqueTitle("Storing a water filter"));
        String path = "/guides/" + second;
        String ownSlug = merchant.get(path).select("input[name=fields['slug'].value]").val();

        Document refused = merchant.saveForm(path, Collections.singletonMap("slug", slugOf(firstTitle))).parse();
        assertThat(refused.select("#field-slug .error").text()).contains("This slug is already used");
        assertThat(merchant.get(path).select("input[name=fields['slug'].value]").val()).isEqualTo(ownSlug);

        String newTitle = uniqueTitle("Storing a water filter for winter");
        merchant.saveForm(path, Collections.singletonMap("title", newTitle));
        Document saved = merchant.get(path);
        assertThat(saved.select("input[name=fields['title'].value]").val()).isEqualTo(newTitle);
        assertThat(saved.select("input[name=fields['slug'].value]").val()).isEqualTo(ownSlug);
    }

    @Test
    void tagsProductsAndRelatedGuidesAreLinkedFromTheGuideInTheEditorsOrder() throws IOException {
        long guide = addedGuide(uniqueTitle("First night in a tent"));
        long related = addedGuide(uniqueTitle("Pitching in the wind"));
        String tagName = uniqueTitle("Beginners");
        merchant.saveForm("/guide-tags/add", Collections.singletonMap("name", tagName));
        String path = "/guides/" + guide;

        Element tagRow = merchant.get(path + "/tags/add").select("tr[data-rowid]:contains(" + tagName + ")").first();
        merchant.post(path + "/tags/add", path,
                Collections.singletonMap("fields['id'].value", tagRow.attr("data-rowid")));
        Document picker = merchant.get(path + "/productLinks/add");
        String trailRunner = picker.select("tr[data-rowid]:contains(Trail Runner 28)").attr("data-rowid");
        String summitPack = picker.select("tr[data-rowid]:contains(Summit Pack 45)").attr("data-rowid");
        merchant.saveForm(path + "/productLinks/add", Collections.singletonMap("product__id", summitPack));
        merchant.saveForm(path + "/productLinks/add", Collections.singletonMap("product__id", trailRunner));
        merchant.saveForm(path + "/relatedGuides/add",
                Collections.singletonMap("relatedGuide__id", String.valueOf(related)));

        Document edit = merchant.get(path);
        assertThat(edit.select("#tags tbody").text()).contains(tagName);
        assertThat(rowIds(edit, "productLinks")).containsExactly(summitPack, trailRunner);
        assertThat(rowIds(edit, "relatedGuides")).containsExactly(String.valueOf(related));

        merchant.post(path + "/productLinks/" + trailRunner + "/sequence", path,
                Collections.singletonMap("newSequence", "0"));
        assertThat(rowIds(merchant.get(path), "productLinks")).containsExactly(trailRunner, summitPack);
    }

    @Test
    void theEditFormOffersAStorefrontPreviewWithATokenTheStorefrontCanVerify() throws IOException {
        String title = uniqueTitle("Draft about tarps");
        long guide = addedGuide(title);

        Element link = merchant.get("/guides/" + guide).select("a.cnc-guide-preview-link").first();
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/admin/guides/" + guide + "/preview");

        Connection.Response redirect = merchant.connect("/guides/" + guide + "/preview").followRedirects(false)
                .execute();
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.header("Location");
        String prefix = RunningDemoStore.site() + "/guides/" + slugOf(title) + "?preview=";
        assertThat(location).startsWith(prefix);
        GuidePreviewTokens storefront = new GuidePreviewTokens(System.getProperty("concierge.preview.secret"));
        String token = location.substring(prefix.length());
        assertThat(storefront.verify(slugOf(title), token, new Date())).isTrue();
        assertThat(storefront.verify(slugOf(title), token, new Date(System.currentTimeMillis() + 2 * 3_600_000L)))
                .isFalse();
    }

    @Test
    void theReportRanksGuidesByTheirReadersVotes() throws IOException, SQLException {
        String helpfulTitle = uniqueTitle("Guide readers love");
        String unhelpfulTitle = uniqueTitle("Guide readers dislike");
        long helpful = addedGuide(helpfulTitle);
        long unhelpful = addedGuide(unhelpfulTitle);
        // The storefront's "was this helpful?" buttons are not part of the admin: the votes are set directly.
        setVotes(helpful, 9, 1);
        setVotes(unhelpful, 1, 9);

        Document report = merchant.get("/guide-reports?minVotes=10");

        List<String> mostHelpful = report.select("#cnc-most-helpful tbody tr").eachAttr("data-guide-id");
        List<String> leastHelpful = report.select("#cnc-least-helpful tbody tr").eachAttr("data-guide-id");
        assertThat(mostHelpful).contains(String.valueOf(helpful), String.valueOf(unhelpful));
        assertThat(mostHelpful.indexOf(String.valueOf(helpful)))
                .isLessThan(mostHelpful.indexOf(String.valueOf(unhelpful)));
        assertThat(leastHelpful.indexOf(String.valueOf(unhelpful)))
                .isLessThan(leastHelpful.indexOf(String.valueOf(helpful)));
        Element row = report.select("#cnc-most-helpful tr[data-guide-id=" + helpful + "]").first();
        assertThat(row.text()).contains(helpfulTitle, "90 %");
        assertThat(row.select("a").attr("href")).isEqualTo("/admin/guides/" + helpful);
        assertThat(report.select("#cnc-content-gaps")).hasSize(1);
    }

    @Test
    void theReportExplainsAMinimumOfVotesItCannotUse() throws IOException {
        Document report = merchant.get("/guide-reports?minVotes=lots");

        assertThat(report.select(".cnc-report-options .error").text())
                .isEqualTo("Enter a whole number from 1 to 1,000.");
        assertThat(report.select("#cnc-min-votes").val()).isEqualTo("5");
        assertThat(report.select("#cnc-most-helpful, #cnc-least-helpful")).hasSize(2);
    }

    private static void setVotes(long guideId, int helpful, int unhelpful) throws SQLException {
        try (java.sql.Connection db = DriverManager.getConnection(System.getProperty("concierge.db.url"),
                System.getProperty("concierge.db.user"), System.getProperty("concierge.db.password"));
             PreparedStatement update = db.prepareStatement(
                     "UPDATE CNC_GUIDE SET HELPFUL_VOTES = ?, UNHELPFUL_VOTES = ? WHERE GUIDE_ID = ?")) {
            update.setInt(1, helpful);
            update.setInt(2, unhelpful);
            update.setLong(3, guideId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
