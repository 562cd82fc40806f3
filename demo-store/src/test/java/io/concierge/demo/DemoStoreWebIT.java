package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static io.concierge.demo.DemoStoreWebTesting.fetch;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo store as shoppers and merchants meet it: started on free ports with a new embedded database, driven
 * over HTTP. The last test starts and restarts the launcher in child processes on a database of its own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningDemoStore.class)
class DemoStoreWebIT {

    private static String site() {
        return RunningDemoStore.site();
    }

    private static String admin() {
        return RunningDemoStore.admin();
    }

    private static String capabilitiesJson() throws IOException {
        return fetch(site() + "/api/concierge/v1/capabilities").body();
    }

    @Test
    @Order(1)
    void homePageShowsDemoProductsWithPricesAndCategories() throws IOException {
        Document home = Jsoup.connect(site() + "/").get();

        assertThat(home.select("article.card")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(home.select("article.card .price").first().text()).contains("$");
        assertThat(home.select("nav.categories a")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    @Order(2)
    void categoryAndProductPagesComeFromBroadleafsCatalog() throws IOException {
        Document home = Jsoup.connect(site() + "/").get();
        String categoryUrl = home.select("nav.categories a").first().attr("href");

        Document category = Jsoup.connect(site() + categoryUrl).get();
        assertThat(category.select("article.card")).isNotEmpty();

        Document product = Jsoup.connect(site() + "/backpacks/trail-runner-28").get();
        assertThat(product.select("h1").text()).isEqualTo("Trail Runner 28");
        // Broadleaf cross-sell links carry the merchant's reason (shown by guidance, or by the theme while it is off).
        assertThat(product.select(".reason").eachText()).contains("Keeps the Trail Runner 28 dry in a downpour");
    }

    @Test
    @Order(3)
    void shoppersCanSwitchLanguageAndTheChoiceSticks() throws IOException {
        Connection.Response portuguese = fetch(site() + "/?blLocaleCode=pt_BR");
        assertThat(portuguese.parse().select("h1").text()).isEqualTo("Equipamento que vai longe");

        Document next = Jsoup.connect(site() + "/").cookies(portuguese.cookies()).get();
        assertThat(next.select("html").attr("lang")).isEqualTo("pt-BR");

        Document spanish = Jsoup.connect(site() + "/?blLocaleCode=es_ES").get();
        assertThat(spanish.select("h1").text()).isEqualTo("Equipo que llega lejos");
    }

    @Test
    @Order(4)
    void anUnknownAddressGetsTheStoresOwn404Page() throws IOException {
        Connection.Response missing = fetch(site() + "/no-such-page/at-all");

        assertThat(missing.statusCode()).isEqualTo(404);
        Document page = missing.parse();
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.html()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    @Order(5)
    void theAdminAcceptsTheDemoLoginAndItsMenuHasCustomerService() throws IOException {
        Document adminHome = AdminSession.signInAsAdmin(admin()).get("/");

        assertThat(adminHome.text()).contains("Customer Service");
        assertThat(adminHome.select("a[href$=/admin/concierge-capabilities]")).isNotEmpty();
        assertThat(adminHome.select("a[href$=/admin/knowledge-base-options]")).isNotEmpty();
    }

    @Test
    @Order(6)
    void theAdminRefusesAWrongPassword() throws IOException {
        Connection.Response refused = AdminSession.signIn(admin(), "admin", "wrong", AdminSession.anonymous(admin()));

        assertThat(refused.url().toString()).contains("login_error");
    }

    @Test
    @Order(7)
    void theCapabilitiesSectionListsTheInstalledCapabilitiesOnly() throws IOException {
        Document list = AdminSession.signInAsAdmin(admin()).get("/concierge-capabilities");

        assertThat(list.select("#listGrid-main tr[data-link]")).hasSize(5);
        assertThat(list.select("#listGrid-main tr[data-link]").text()).contains("Knowledge base").contains("kb")
                .contains("Help center").contains("helpcenter").contains("Guidance").contains("guidance")
                .contains("Loyalty tiers").contains("loyalty").contains("Post-sale surveys").contains("survey");
        assertThat(capabilitiesJson()).isEqualTo("{\"capabilities\":{\"kb\":true,\"helpcenter\":true,"
                + "\"guidance\":true,\"loyalty\":true,\"survey\":true}}");
    }

    @Test
    @Order(8)
    void switchingACapabilityOffInTheAdminChangesTheStorefrontOnTheNextRequest() throws IOException {
        assertThat(Jsoup.connect(site() + "/").get().select("footer [data-capability=kb]")).hasSize(1);
        AdminSession merchant = AdminSession.signInAsAdmin(admin());

        merchant.switchCapability("kb", false);
        try {
            assertThat(capabilitiesJson()).contains("\"kb\":false");
            assertThat(Jsoup.connect(site() + "/").get().select("[data-capability=kb]")).isEmpty();
        } finally {
            merchant.switchCapability("kb", true);
        }
        assertThat(capabilitiesJson()).contains("\"kb\":true");
        assertThat(Jsoup.connect(site() + "/").get().select("footer [data-capability=kb]")).hasSize(1);
    }

    @Test
    @Order(9)
    void anOutOfRangeOptionIsAFieldErrorAndChangesNothing() throws IOException {
        AdminSession merchant = AdminSession.signInAsAdmin(admin());
        Map<String, String> changes = new HashMap<String, String>();
        changes.put("guidesPerPage", "0");

        Connection.Response response = merchant.saveForm("/knowledge-base-options/-1", changes);

        assertThat(response.parse().select("#field-guidesPerPage").text())
                .contains("Enter a whole number from 1 to 100.");
        assertThat(merchant.get("/knowledge-base-options/-1")
                .select("input[name=fields['guidesPerPage'].value]").val()).isEqualTo("12");
    }

    /**
     * A restart is a new JVM, as for a merchant: the launcher's main class runs twice, one after the other, on one
     * database, each time in a child process (Broadleaf's JVM-wide caches do not allow a second start in one JVM).
     * Between the two the database loses the knowledge base's admin rows, as if the restart were an upgrade from a
     * Concierge without the knowledge base.
     */
    @Test
    @Order(10)
    void dataSurvivesARestartAndTheRestartAddsMissingAdminRows() throws Exception {
        File dataDir = Files.createTempDirectory("concierge-demo-restart").toFile();
        try (ChildDemoStore first = ChildDemoStore.start(dataDir)) {
            AdminSession.signInAsAdmin(first.adminUrl()).switchCapability("kb", false);
        }
        removeTheKnowledgeBasesAdminRows(dataDir);
        try (ChildDemoStore restarted = ChildDemoStore.start(dataDir)) {
            String json = Jsoup.connect(restarted.siteUrl() + "/api/concierge/v1/capabilities")
                    .ignoreContentType(true).execute().body();
            assertThat(json).contains("\"kb\":false");
            assertThat(Jsoup.connect(restarted.siteUrl() + "/").get().select("article.card"))
                    .hasSizeGreaterThanOrEqualTo(8);

            // The upgrade: the admin's start put the knowledge base's rows back, and said so in one line.
            assertThat(restarted.startOutput()).anyMatch(line -> line.matches(
                    ".*Concierge admin rows: added (\\d+) \\{kb=\\1\\} of \\d+"));
            AdminSession merchant = AdminSession.signInAsAdmin(restarted.adminUrl());
            Document home = merchant.get("/");
            assertThat(home.text()).contains("Customer Service");
            for (String section : new String[] {"guides", "guide-categories", "guide-tags", "guide-synonyms",
                    "guide-reports", "knowledge-base-options"}) {
                assertThat(home.select("#sideMenu a[href=\"/admin/" + section + "\"]")).as(section).hasSize(1);
            }
            assertThat(merchant.get("/guides").select("#listGrid-main tr[data-link^=\"/admin/guides/\"]"))
                    .isNotEmpty();
            assertThat(merchant.get("/guide-reports").select("#cnc-content-gaps")).hasSize(1);
        }
    }

    /**
     * Makes the stopped store's database one of a site that installed Concierge before the knowledge base: its
     * sections, permissions and grants (the ids it has always had) are gone.
     */
    private static void removeTheKnowledgeBasesAdminRows(File dataDir) throws SQLException {
        String url = DemoStoreConfig.embeddedDatabaseUrl(dataDir);
        try (java.sql.Connection database = DriverManager.getConnection(url, "sa", "");
             Statement sql = database.createStatement()) {
            String permissions = "BETWEEN -7762 AND -7753 OR ADMIN_PERMISSION_ID BETWEEN -7719 AND -7710";
            sql.executeUpdate("DELETE FROM BLC_ADMIN_ROLE_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID " + permissions);
            sql.executeUpdate("DELETE FROM BLC_ADMIN_SEC_PERM_XREF WHERE ADMIN_SECTION_ID BETWEEN -7715 AND -7710");
            sql.executeUpdate("DELETE FROM BLC_ADMIN_SECTION WHERE ADMIN_SECTION_ID BETWEEN -7715 AND -7710");
            sql.executeUpdate("DELETE FROM BLC_ADMIN_PERMISSION_XREF WHERE ADMIN_PERMISSION_ID " + permissions);
            sql.executeUpdate("DELETE FROM BLC_ADMIN_PERMISSION_ENTITY WHERE ADMIN_PERMISSION_ID " + permissions);
            assertThat(sql.executeUpdate("DELETE FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID " + permissions))
                    .isEqualTo(20);
            sql.execute("SHUTDOWN");
        }
    }
}
