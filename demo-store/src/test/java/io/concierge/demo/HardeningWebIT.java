package io.concierge.demo;

import io.concierge.core.kb.GuidePreviewTokens;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared mechanisms an attacker tries first, over HTTP against the running demo store: the capability switch,
 * signed preview links, the redirect after signing in, absolute URLs and merchant HTML.
 */
@ExtendWith(RunningDemoStore.class)
class HardeningWebIT {

    private static final String DRAFT = "/guides/backcountry-water-filters-explained";

    /** One HTTP/1.0 exchange with exactly this request line and Host, as a hand-made client would send it. */
    private static RawResponse raw(String path, String host, String... headers) throws IOException {
        URL site = new URL(RunningDemoStore.site());
        try (Socket socket = new Socket(site.getHost(), site.getPort())) {
            StringBuilder request = new StringBuilder("GET ").append(path).append(" HTTP/1.0\r\nHost: ").append(host)
                    .append("\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, read);
            }
            return new RawResponse(new String(received.toByteArray(), StandardCharsets.UTF_8));
        }
    }

    private static RawResponse raw(String path) throws IOException {
        return raw(path, new URL(RunningDemoStore.site()).getAuthority());
    }

    private static final class RawResponse {
        final int status;
        final String body;

        RawResponse(String response) {
            this.status = Integer.parseInt(response.substring(9, 12));
            int end = response.indexOf("\r\n\r\n");
            this.body = end < 0 ? "" : response.substring(end + 4);
        }
    }

    @Test
    void aSwitchedOffKnowledgeBaseAnswers404HoweverItsPathsAreSpelt() throws IOException {
        String[] spellings = {"/guides/search?q=tent", "/guides;x/search?q=tent", "/guides/search;x?q=tent",
                "//guides/search?q=tent", "/guides//search?q=tent", "/guides/search/?q=tent",
                "/%67uides/search?q=tent", "/guides/%73earch?q=tent", "/GUIDES/search?q=tent", "/Guides/search?q=tent",
                "/guides;jsessionid=x/how-to-choose-a-hiking-backpack", "//guides/how-to-choose-a-hiking-backpack",
                "/guides/how-to-choose-a-hiking-backpack/", "/guides;a=b", "/guides/", "/guides/feed.xml;x",
                "//guides/feed.xml", "/guides/category;x/choosing-gear"};
        assertThat(raw("/guides;x/search?q=tent").status).isEqualTo(200);

        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        merchant.switchCapability("kb", false);
        try {
            for (String path : spellings) {
                RawResponse response = raw(path);
                assertThat(response.status).as(path).isEqualTo(404);
                assertThat(response.body).as(path).doesNotContain("search-hit", "<entry>", "guide-card");
            }
            RawResponse json = raw("/guides;x/search?q=tent", new URL(RunningDemoStore.site()).getAuthority(),
                    "Accept: application/json");
            assertThat(json.status).isEqualTo(404);
            assertThat(json.body).doesNotContain("\"hits\"");
        } finally {
            merchant.switchCapability("kb", true);
        }
        assertThat(raw("/guides/search?q=tent").status).isEqualTo(200);
    }

    @Test
    void theDemoSignsPreviewsWithASecretOfItsOwnKeptInItsDataFolder() throws IOException {
        File secretFile = new File(RunningDemoStore.dataDir(), DemoSecret.FILE_NAME);
        assertThat(Files.getPosixFilePermissions(secretFile.toPath()))
                .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String secret = demoSecret();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo("demo-only-guide-preview-secret");

        String slug = DRAFT.substring("/guides/".length());
        Date now = new Date();
        assertThat(preview(slug, new GuidePreviewTokens(secret).create(slug, now)).statusCode()).isEqualTo(200);
        // The constant that used to be in the repository signs nothing any more.
        String withOldConstant = new GuidePreviewTokens("demo-only-guide-preview-secret").create(slug, now);
        assertThat(preview(slug, withOldConstant).statusCode()).isEqualTo(404);
    }

    @Test
    void aPreviewTokenLivesNoLongerThanAnHourWhateverItSays() throws IOException {
        String slug = DRAFT.substring("/guides/".length());
        GuidePreviewTokens tokens = new GuidePreviewTokens(demoSecret());
        assertThat(preview(slug, tokens.create(slug, new Date(System.currentTimeMillis() - 60_000L))).statusCode())
                .isEqualTo(200);

        String until2100 = tokens.create(slug, new Date(4_102_444_800_000L));
        assertThat(preview(slug, until2100).statusCode()).isEqualTo(404);
        String issuedTwoHoursAgo = tokens.create(slug, new Date(System.currentTimeMillis() - 2 * 3_600_000L));
        assertThat(preview(slug, issuedTwoHoursAgo).statusCode()).isEqualTo(404);
        // The old format (expiry in the token) does not verify either.
        long in2100 = 4_102_444_800L;
        assertThat(preview(slug, in2100 + ".AAAA").statusCode()).isEqualTo(404);
    }

    /** The secret the demo store made at its first start, read from its data folder (never made here). */
    private static String demoSecret() throws IOException {
        File secretFile = new File(RunningDemoStore.dataDir(), DemoSecret.FILE_NAME);
        assertThat(secretFile).as("the demo's preview secret file").exists();
        return new String(Files.readAllBytes(secretFile.toPath()), StandardCharsets.US_ASCII).trim();
    }

    private static Connection.Response preview(String slug, String token) throws IOException {
        return Jsoup.connect(RunningDemoStore.site() + "/guides/" + slug).data("preview", token)
                .ignoreHttpErrors(true).execute();
    }

    @Test
    void signingInToTheAdminNeverRedirectsToAnotherSite() throws IOException {
        for (String foreign : new String[] {"https://evil.example/", "//evil.example/", "http://evil.example:8081/admin"}) {
            String location = adminSignInAfterVisiting("/guides?successUrl=" + foreign);
            assertThat(location).as(foreign).doesNotContain("evil.example")
                    .startsWith(RunningDemoStore.admin() + "/");
        }
        // A target on the admin itself is still honoured.
        assertThat(adminSignInAfterVisiting("/guides?successUrl=/guide-tags")).endsWith("/admin/guide-tags");
    }

    /** The Location of the sign-in's answer, after an anonymous visit to {@code path} led to the sign-in page. */
    private static String adminSignInAfterVisiting(String path) throws IOException {
        Connection.Response loginPage = Jsoup.connect(RunningDemoStore.admin() + path).ignoreHttpErrors(true)
                .execute();
        String token = loginPage.parse().select("input[name=csrfToken]").val();
        assertThat(token).as("the sign-in form is shown for " + path).isNotEmpty();
        Connection.Response signedIn = Jsoup.connect(RunningDemoStore.admin() + "/login_admin_post")
                .cookies(loginPage.cookies())
                .data("j_username", "admin", "j_password", "admin", "csrfToken", token)
                .method(Connection.Method.POST).followRedirects(false).ignoreHttpErrors(true).execute();
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String location = signedIn.header("Location");
        return location.startsWith("/") ? new URL(new URL(RunningDemoStore.admin()), location).toString() : location;
    }

    @Test
    void absoluteUrlsComeFromTheConfiguredStorefrontAddressNotFromTheHostHeader() throws IOException {
        String guide = "/guides/how-to-choose-a-hiking-backpack";

        Document page = Jsoup.parse(raw(guide, "evil.example").body);
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(RunningDemoStore.site() + guide);
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(RunningDemoStore.site() + guide);
        assertThat(page.select("script[type=application/ld+json]").html()).contains(RunningDemoStore.site())
                .doesNotContain("evil.example");
        assertThat(raw("/guides/feed.xml", "evil.example").body).contains(RunningDemoStore.site() + "/guides/")
                .doesNotContain("evil.example");
        assertThat(raw("/sitemap.xml", "evil.example").body).contains("<loc>" + RunningDemoStore.site() + guide)
                .doesNotContain("evil.example");
    }

    @Test
    void productDescriptionsWrittenInTheAdminAreSanitizedLikeGuides() throws IOException {
        String url = "/sleep-systems/silk-sleeping-bag-liner";
        String original = setLongDescription(url, "<p>Packs to <strong>fist size</strong>.</p>"
                + "<script>alert('x')</script><img src=\"x\" onerror=\"alert(1)\"><a href=\"javascript:alert(1)\">go</a>");
        try {
            Document page = Jsoup.connect(RunningDemoStore.site() + url).get();
            String description = page.select(".description").html();
            assertThat(description).contains("<p>Packs to <strong>fist size</strong>.</p>")
                    .doesNotContain("<script", "onerror", "javascript:");
        } finally {
            setLongDescription(url, original);
        }
    }

    /** Writes a product's long description as the Broadleaf admin would, in the storefront's JVM; the old one back. */
    private static String setLongDescription(String productUrl, String html) {
        ApplicationContext site = RunningDemoStore.siteContext();
        CatalogService catalog = site.getBean("blCatalogService", CatalogService.class);
        TransactionTemplate transaction = new TransactionTemplate(
                site.getBean("blTransactionManager", PlatformTransactionManager.class));
        return transaction.execute(status -> {
            Product product = catalog.findProductByURI(productUrl);
            String before = product.getLongDescription();
            product.setLongDescription(html);
            catalog.saveProduct(product);
            return before;
        });
    }
}
