package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions, cookies, security headers, sign-out and error pages of both web applications, tried over HTTP as an
 * attacker or a careless browser would.
 */
@ExtendWith(RunningDemoStore.class)
class WebHardeningWebIT {

    private static final String SHOPPER = "ana.souza@example.com";
    private static final String PASSWORD = "demo1234";

    // ---- sessions and cookies ----

    @Test
    void sessionCookiesAreHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() throws IOException {
        for (String url : new String[] {RunningDemoStore.site() + "/login", RunningDemoStore.admin() + "/login"}) {
            String cookie = sessionCookieHeader(DemoStoreWebTesting.fetch(url));
            assertThat(cookie).as(url).containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax")
                    .doesNotContainIgnoringCase("Secure;").doesNotEndWith("Secure");
        }
    }

    @Test
    void aSessionIdInTheUrlIsNeitherAcceptedNorWrittenIntoUrls() throws IOException {
        ShopperSession ana = ShopperSession.stepByStep(RunningDemoStore.site());
        ana.signInShopper(SHOPPER, PASSWORD);
        assertThat(ana.get("/account").statusCode()).isEqualTo(200);

        Connection.Response stolen = ShopperSession.stepByStep(RunningDemoStore.site()).get("/account;jsessionid=" + ana.cookie("JSESSIONID"));
        assertThat(stolen.statusCode()).isEqualTo(302);
        assertThat(stolen.header("Location")).endsWith("/login").doesNotContain("jsessionid");

        ShopperSession admin = ShopperSession.stepByStep(RunningDemoStore.admin());
        admin.signInAdmin();
        // The admin forwards a stranger to its sign-in page.
        Document stolenAdmin = ShopperSession.stepByStep(RunningDemoStore.admin()).get("/;jsessionid=" + admin.cookie("JSESSIONID")).parse();
        assertThat(stolenAdmin.select("input[name=j_username]")).isNotEmpty();
        assertThat(stolenAdmin.html()).doesNotContain("jsessionid");

        // A browser without cookies: no page or redirect carries the new session's id.
        Connection.Response home = ShopperSession.stepByStep(RunningDemoStore.site()).get("/login");
        assertThat(home.body()).doesNotContainIgnoringCase("jsessionid");
        Connection.Response redirect = ShopperSession.stepByStep(RunningDemoStore.site()).get("/account");
        assertThat(redirect.header("Location")).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void signingInAndRegisteringGiveANewSessionId() throws IOException {
        ShopperSession ana = ShopperSession.stepByStep(RunningDemoStore.site());
        ana.get("/login");
        String before = ana.cookie("JSESSIONID");
        ana.signInShopper(SHOPPER, PASSWORD);
        assertThat(ana.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);

        ShopperSession newcomer = ShopperSession.stepByStep(RunningDemoStore.site());
        newcomer.get("/login");
        String guestSession = newcomer.cookie("JSESSIONID");
        String email = "fixation-" + UUID.randomUUID() + "@example.com";
        Connection.Response registered = newcomer.post("/register", "email", email, "firstName", "Ines",
                "lastName", "Pardo", "password", "long-enough", "passwordConfirm", "long-enough");
        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(newcomer.cookie("JSESSIONID")).isNotNull().isNotEqualTo(guestSession);
        assertThat(newcomer.get("/account").parse().select(".shopper-name").text()).contains(email);
        // The id the guest had before registering is worth nothing now.
        assertThat(ShopperSession.stepByStep(RunningDemoStore.site()).withSession(guestSession).get("/account").statusCode()).isEqualTo(302);

        ShopperSession admin = ShopperSession.stepByStep(RunningDemoStore.admin());
        admin.get("/login");
        String adminBefore = admin.cookie("JSESSIONID");
        admin.signInAdmin();
        assertThat(admin.cookie("JSESSIONID")).isNotNull().isNotEqualTo(adminBefore);
    }

    // ---- security headers ----

    @Test
    void storefrontPagesMayNotBeFramedSniffedOrLeakTheirAddress() throws IOException {
        ShopperSession ana = ShopperSession.stepByStep(RunningDemoStore.site());
        for (String path : new String[] {"/", "/guides", "/cart", "/login", "/no-such-page", "/css/store.css"}) {
            assertSecurityHeaders(ana.get(path), "DENY", "'none'");
        }
        ana.signInShopper(SHOPPER, PASSWORD);
        assertSecurityHeaders(ana.get("/account"), "DENY", "'none'");
    }

    @Test
    void adminPagesMayBeFramedByTheAdminOnly() throws IOException {
        assertSecurityHeaders(ShopperSession.stepByStep(RunningDemoStore.admin()).get("/login"), "SAMEORIGIN", "'self'");
        ShopperSession admin = ShopperSession.stepByStep(RunningDemoStore.admin());
        admin.signInAdmin();
        for (String path : new String[] {"/", "/guide-reports", "/guides", "/concierge-capabilities"}) {
            assertSecurityHeaders(admin.get(path), "SAMEORIGIN", "'self'");
        }
    }

    private static void assertSecurityHeaders(Connection.Response response, String frameOptions,
                                              String frameAncestors) {
        String what = response.url().toString();
        assertThat(response.header("X-Frame-Options")).as(what).isEqualTo(frameOptions);
        assertThat(response.header("Content-Security-Policy")).as(what).contains("frame-ancestors " + frameAncestors);
        assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
    }

    // ---- sign-out ----

    @Test
    void theSignOutPostIsRecognizedHoweverItsPathIsSpelt() throws IOException {
        for (String spelling : new String[] {"/logout/", "//logout", "/logout;x"}) {
            ShopperSession ana = ShopperSession.stepByStep(RunningDemoStore.site());
            ana.signInShopper(SHOPPER, PASSWORD);
            ana.get("/account");

            assertThat(ana.post(spelling).statusCode()).as(spelling).isEqualTo(302);
            assertThat(ana.get("/account").header("Location")).as(spelling).endsWith("/login");
        }
    }

    @Test
    void aShopperIsSignedOutByTheirOwnPostOnly() throws IOException {
        ShopperSession ana = ShopperSession.stepByStep(RunningDemoStore.site());
        ana.signInShopper(SHOPPER, PASSWORD);

        // What an <img src="http://store/logout"> on another site does.
        Connection.Response byImage = ana.get("/logout");
        assertThat(byImage.statusCode()).isEqualTo(200);
        assertThat(ana.get("/account").statusCode()).isEqualTo(200);
        Document confirm = byImage.parse();
        assertThat(confirm.select("form[method=post][action=/logout] input[name=csrfToken]").val()).isNotEmpty();
        assertThat(confirm.select("header.top a.brand")).isNotEmpty();

        // A forged POST has no token.
        Map<String, String> noToken = new HashMap<String, String>();
        assertThat(ana.postExactly("/logout", noToken).statusCode()).isEqualTo(403);
        assertThat(ana.get("/account").statusCode()).isEqualTo(200);

        Document account = ana.get("/account").parse();
        String action = account.select("form[method=post][action=/logout]").attr("action");
        Connection.Response signedOut = ana.post(action);
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(ana.get("/account").header("Location")).endsWith("/login");

        // Signed out, there is nothing to confirm: the sign-out link leads home.
        Connection.Response nothingToSignOutOf = ana.get("/logout");
        assertThat(nothingToSignOutOf.statusCode()).isEqualTo(302);
        assertThat(nothingToSignOutOf.header("Location")).isEqualTo(RunningDemoStore.site() + "/");
    }

    @Test
    void aMerchantIsSignedOutOfTheAdminByPostOnly() throws IOException {
        ShopperSession admin = ShopperSession.stepByStep(RunningDemoStore.admin());
        admin.signInAdmin();

        // Broadleaf's header links to the sign-out URL: a GET shows a page that asks for the POST.
        Connection.Response byLink = admin.get("/adminLogout.htm");
        assertThat(byLink.statusCode()).isEqualTo(200);
        assertThat(admin.get("/guide-reports").statusCode()).isEqualTo(200);
        Document confirm = byLink.parse();
        String action = confirm.select("form[method=post]").attr("action");
        assertThat(action).isEqualTo("/admin/adminLogout.htm");
        assertThat(confirm.select("form[method=post] input[name=csrfToken]").val()).isNotEmpty();

        Map<String, String> noToken = new HashMap<String, String>();
        assertThat(admin.postExactly("/adminLogout.htm", noToken).statusCode()).isNotEqualTo(302);
        assertThat(admin.get("/guide-reports").statusCode()).isEqualTo(200);

        Connection.Response signedOut = admin.post("/adminLogout.htm", "csrfToken",
                confirm.select("form[method=post] input[name=csrfToken]").val());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.header("Location")).endsWith("/admin/login");
        assertThat(admin.get("/guide-reports").parse().select("input[name=j_username]")).isNotEmpty();
    }

    // ---- error pages ----

    @Test
    void aMalformedStorefrontAddressGetsTheStoresBadRequestPage() throws IOException {
        String answer = rawGet(RunningDemoStore.site(), "/%");
        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertNoContainerTraces(answer);
        Document page = Jsoup.parse(answer.substring(answer.indexOf("\r\n\r\n")));
        assertThat(page.select("header.top a.brand")).isNotEmpty();
        assertThat(page.select("h1").text()).isNotEmpty();

        String adminAnswer = rawGet(RunningDemoStore.admin(), "/%");
        assertThat(adminAnswer).startsWith("HTTP/1.1 400 ");
        assertNoContainerTraces(adminAnswer);
        assertThat(Jsoup.parse(adminAnswer).select(".basic-form h1").text()).isNotEmpty();
    }

    @Test
    void everyStorefrontErrorGetsTheStoresOwnPage() throws IOException {
        ShopperSession guest = ShopperSession.stepByStep(RunningDemoStore.site());
        Connection.Response[] errors = {
                guest.postExactly("/cart/add", new HashMap<String, String>()),
                guest.request("/login", Connection.Method.PUT),
                guest.get("/no-such-page")
        };
        for (Connection.Response error : errors) {
            assertThat(error.statusCode()).as(error.url().toString()).isBetween(400, 499);
            assertStorePage(error);
        }
        assertThat(errors[1].statusCode()).isEqualTo(405);
    }

    @Test
    void theAdminsErrorsGetTheAdminsLook() throws IOException {
        for (ShopperSession who : new ShopperSession[] {ShopperSession.stepByStep(RunningDemoStore.admin()), signedInAdmin()}) {
            Connection.Response forbidden = who.get("/guide-reports.js");
            assertThat(forbidden.statusCode()).isEqualTo(403);
            assertAdminPage(forbidden);
        }
        ShopperSession admin = signedInAdmin();
        Connection.Response wrongMethod = admin.request("/guide-reports", Connection.Method.PUT);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertAdminPage(wrongMethod);
        Connection.Response missing = admin.get("/img/no-such-image.png");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertAdminPage(missing);
        // Broadleaf's admin fails on an unknown section: the page says so, without the exception.
        Connection.Response failed = admin.get("/no-such-section/x/y");
        assertThat(failed.statusCode()).isEqualTo(500);
        assertAdminPage(failed);
    }

    private static ShopperSession signedInAdmin() throws IOException {
        ShopperSession admin = ShopperSession.stepByStep(RunningDemoStore.admin());
        admin.signInAdmin();
        return admin;
    }

    private static void assertStorePage(Connection.Response response) throws IOException {
        assertNoContainerTraces(response.header("Server") + "\n" + response.body());
        Document page = response.parse();
        assertThat(page.select("header.top a.brand")).as(response.url().toString()).isNotEmpty();
        assertThat(page.select("main h1").text()).isNotEmpty();
    }

    private static void assertAdminPage(Connection.Response response) throws IOException {
        assertNoContainerTraces(response.header("Server") + "\n" + response.body());
        Document page = response.parse();
        assertThat(page.select(".basic-form .logo img")).as(response.url().toString()).isNotEmpty();
        assertThat(page.select(".basic-form h1").text()).isNotEmpty();
    }

    private static void assertNoContainerTraces(String answer) {
        assertThat(answer).doesNotContainIgnoringCase("jetty").doesNotContain("Bad Message")
                .doesNotContain("HTTP ERROR").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** A request Jsoup would refuse to send: the raw bytes on a socket, the whole answer back. */
    private static String rawGet(String base, String path) throws IOException {
        java.net.URL url = new java.net.URL(base);
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + url.getPath() + path + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) != -1; ) {
                answer.write(buffer, 0, read);
            }
            return new String(answer.toByteArray(), StandardCharsets.UTF_8);
        }
    }

    private static String sessionCookieHeader(Connection.Response response) {
        for (String header : response.headers("Set-Cookie")) {
            if (header.startsWith("JSESSIONID=")) {
                return header;
            }
        }
        throw new AssertionError("no session cookie from " + response.url());
    }
}
