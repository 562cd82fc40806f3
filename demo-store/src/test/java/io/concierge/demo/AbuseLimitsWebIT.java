package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rate limits over HTTP: sign-in throttling (storefront and admin), guide votes and views, content gaps. Each test
 * speaks for client addresses of its own (X-Forwarded-For from 127.0.0.1, which the test store trusts as a proxy),
 * so that the limits it uses up touch no other test.
 */
@ExtendWith(RunningDemoStore.class)
class AbuseLimitsWebIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Test
    void aShopperAccountIsLockedAfterFiveFailedSignInsWhateverTheAddressAndThePageSaysWhenToRetry()
            throws IOException {
        String email = registeredShopper();
        for (int i = 0; i < 5; i++) {
            Document failed = new Client(RunningDemoStore.site(), newAddress()).signInShopper(email, "wrong" + i);
            assertThat(failed.select(".problem").text()).as("attempt " + i)
                    .isEqualTo("That e-mail and password do not match an account.");
        }

        Document locked = new Client(RunningDemoStore.site(), newAddress()).signInShopper(email, "demo12345");

        assertThat(locked.select(".sign-in-locked").text())
                .isEqualTo("Too many failed sign-ins. Please try again in 15 minutes.");
        assertThat(locked.select("h1").text()).isEqualTo("Sign in");
    }

    @Test
    void anAddressIsLockedAfterTwentyFailedSignInsOnAnyAccountsAndOthersAreNot() throws IOException {
        String email = registeredShopper();
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            new Client(RunningDemoStore.site(), address).signInShopper("nobody" + i + "-" + UUID.randomUUID()
                    + "@example.com", "guess");
        }

        Document locked = new Client(RunningDemoStore.site(), address).signInShopper(email, "demo12345");
        Document elsewhere = new Client(RunningDemoStore.site(), newAddress()).signInShopper(email, "demo12345");

        assertThat(locked.select(".sign-in-locked").text()).startsWith("Too many failed sign-ins.");
        assertThat(elsewhere.location()).endsWith("/account");
    }

    @Test
    void theLockMessageIsTranslated() throws IOException {
        Document page = Jsoup.connect(RunningDemoStore.site() + "/login?locked=1&blLocaleCode=pt_BR").get();
        assertThat(page.select(".sign-in-locked").text())
                .isEqualTo("Muitas tentativas de entrar sem sucesso. Tente de novo em 1 minuto.");
        Document nonsense = Jsoup.connect(RunningDemoStore.site() + "/login?locked=%3Cb%3E").get();
        assertThat(nonsense.select(".sign-in-locked")).isEmpty();
    }

    @Test
    void theAdminSignInIsThrottledPerAccountAndPerAddressWithAMessageInTheAdminsLook() throws IOException {
        String account = "nobody-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            new Client(RunningDemoStore.admin(), newAddress()).signInAdmin(account, "guess");
        }
        Document lockedAccount = new Client(RunningDemoStore.admin(), newAddress()).signInAdmin(account, "guess");
        assertThat(lockedAccount.select(".alert-box.cnc-sign-in-locked").text())
                .isEqualTo("Too many failed sign-ins. Please try again in 15 minutes.");
        assertThat(lockedAccount.select("input[name=j_username]")).hasSize(1);
        assertThat(lockedAccount.select("input[name=csrfToken]").val()).isNotEmpty();

        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            new Client(RunningDemoStore.admin(), address).signInAdmin("nobody-" + UUID.randomUUID(), "guess");
        }
        Document lockedAddress = new Client(RunningDemoStore.admin(), address).signInAdmin("admin", "admin");
        Document signedIn = new Client(RunningDemoStore.admin(), newAddress()).signInAdmin("admin", "admin");

        assertThat(lockedAddress.select(".cnc-sign-in-locked").text()).startsWith("Too many failed sign-ins.");
        assertThat(signedIn.location()).doesNotContain("login");
    }

    @Test
    void aCookielessLoopAddsNoViewsAndAVisitorCountsOncePerInterval() throws Exception {
        String guide = "/guides/choosing-a-backpacking-stove";
        long before = guideCount(guide, "VIEW_COUNT");
        String address = newAddress();
        for (int i = 0; i < 10; i++) {
            Connection.Response page = Jsoup.connect(RunningDemoStore.site() + guide)
                    .header("X-Forwarded-For", address).execute();
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.header("Set-Cookie")).isNotNull();
        }
        assertThat(guideCount(guide, "VIEW_COUNT")).as("cookieless views").isEqualTo(before);

        Client visitor = new Client(RunningDemoStore.site(), newAddress());
        visitor.get(guide);
        String cookie = visitor.rawSetCookie(guide);
        assertThat(cookie).contains("cnc_visitor=", "HttpOnly", "SameSite=Lax", "Max-Age=31536000");
        visitor.get(guide);
        visitor.get(guide);

        assertThat(guideCount(guide, "VIEW_COUNT")).as("one visitor, three views").isEqualTo(before + 1);
    }

    @Test
    void aShopperVotesOncePerGuideAcrossSessionsAndSignIns() throws Exception {
        String guide = "/guides/shipping-and-delivery-times";
        long before = guideCount(guide, "HELPFUL_VOTES");
        Client visitor = new Client(RunningDemoStore.site(), newAddress());
        for (int i = 0; i < 3; i++) {
            visitor.cookies().remove("JSESSIONID");
            visitor.get(guide);
            Document thanked = visitor.post(guide + "/vote", "helpful", "yes");
            assertThat(thanked.select(".vote-thanks").text()).isEqualTo("Thank you for your feedback.");
        }
        String email = registeredShopper();
        for (int i = 0; i < 2; i++) {
            Client browser = new Client(RunningDemoStore.site(), newAddress());
            browser.signInShopper(email, "demo12345");
            browser.get(guide);
            browser.post(guide + "/vote", "helpful", "yes");
            assertThat(browser.get(guide).select(".guide-vote form")).as("already voted").isEmpty();
        }

        assertThat(guideCount(guide, "HELPFUL_VOTES")).isEqualTo(before + 2);
    }

    @Test
    void votesFromOneAddressStopCountingAtItsLimitAndTheShopperIsToldWhenToVoteAgain() throws Exception {
        String guide = "/guides/returns-and-the-eu-right-of-withdrawal";
        long before = guideCount(guide, "UNHELPFUL_VOTES");
        String address = newAddress();
        Document last = null;
        for (int i = 0; i < 12; i++) {
            Client fresh = new Client(RunningDemoStore.site(), address);
            fresh.get(guide);
            last = fresh.post(guide + "/vote", "helpful", "no");
        }
        Client elsewhere = new Client(RunningDemoStore.site(), newAddress());
        elsewhere.get(guide);
        elsewhere.post(guide + "/vote", "helpful", "no");

        assertThat(guideCount(guide, "UNHELPFUL_VOTES")).isEqualTo(before + 10 + 1);
        assertThat(last.select(".guide-vote .problem").text())
                .matches("Many votes came from your network\\. Please vote again in \\d+ minutes?\\.");
    }

    @Test
    void aContentGapCountsEachClientOnceAndTheReportShowsHowManyDifferentClientsAsked() throws Exception {
        String looped = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String asked = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String loop = newAddress();
        for (int i = 0; i < 15; i++) {
            new Client(RunningDemoStore.site(), loop).get("/guides/search?q=" + looped);
        }
        for (int i = 0; i < 3; i++) {
            new Client(RunningDemoStore.site(), newAddress()).get("/guides/search?q=" + asked);
        }
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());

        // The storefront writes its content gaps every second.
        Document report = await().atMost(Duration.ofSeconds(15)).until(() -> merchant.get("/guide-reports"),
                page -> gapRow(page, looped) != null && gapRow(page, asked) != null
                        && "3".equals(gapRow(page, asked).select(".cnc-gap-clients").text()));

        assertThat(gapRow(report, looped).select(".cnc-gap-count").text()).isEqualTo("1");
        assertThat(gapRow(report, looped).select(".cnc-gap-clients").text()).isEqualTo("1");
        assertThat(gapRow(report, asked).select(".cnc-gap-count").text()).isEqualTo("3");
        List<String> order = report.select("#cnc-content-gaps td.cnc-gap-query").eachText();
        assertThat(order.indexOf(asked)).isLessThan(order.indexOf(looped));
    }

    private static Element gapRow(Document report, String query) {
        return report.select("#cnc-content-gaps tbody tr:has(td.cnc-gap-query:matches(^" + query + "$))").first();
    }

    private static long guideCount(String guidePath, String column) throws SQLException {
        try (java.sql.Connection db = DriverManager.getConnection(System.getProperty("concierge.db.url"),
                System.getProperty("concierge.db.user"), System.getProperty("concierge.db.password"));
             PreparedStatement read = db.prepareStatement(
                     "SELECT " + column + " FROM CNC_GUIDE WHERE SLUG = ?")) {
            read.setString(1, guidePath.substring("/guides/".length()));
            try (ResultSet row = read.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    /** A new shopper account (password demo12345), registered from an address of its own. */
    private static String registeredShopper() throws IOException {
        String email = "abuse-" + UUID.randomUUID() + "@example.com";
        Client client = new Client(RunningDemoStore.site(), newAddress());
        client.get("/login");
        Document account = client.post("/register", "email", email, "firstName", "Ada", "lastName", "Limit",
                "password", "demo12345", "passwordConfirm", "demo12345");
        assertThat(account.location()).endsWith("/account");
        return email;
    }

    /** A documentation-range address (192.0.2.0/24, 198.51.100.0/24) no other test uses. */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return (n < 250 ? "192.0.2." : "198.51.100.") + (n % 250 + 1);
    }

    /** A browser at one client address: cookies kept, the CSRF token of the last page sent with each form. */
    static final class Client {

        private final String base;
        private final String address;
        private final Map<String, String> cookies = new HashMap<String, String>();
        private String csrfToken = "";

        Client(String base, String address) {
            this.base = base;
            this.address = address;
        }

        Document get(String path) throws IOException {
            return keep(connect(path).execute());
        }

        Document post(String path, String... fieldsAndValues) throws IOException {
            Connection post = connect(path).method(Connection.Method.POST).data("csrfToken", csrfToken);
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                post.data(fieldsAndValues[i], fieldsAndValues[i + 1]);
            }
            return keep(post.execute());
        }

        Document signInShopper(String email, String password) throws IOException {
            get("/login");
            return post("/login_post", "j_username", email, "j_password", password);
        }

        Document signInAdmin(String user, String password) throws IOException {
            get("/login");
            return post("/login_admin_post", "j_username", user, "j_password", password);
        }

        /** The Set-Cookie header of a GET without following redirects (Jsoup folds the headers of a name). */
        String rawSetCookie(String path) throws IOException {
            Map<String, String> none = new HashMap<String, String>();
            return Jsoup.connect(base + path).cookies(none).header("X-Forwarded-For", address)
                    .execute().header("Set-Cookie");
        }

        Map<String, String> cookies() {
            return cookies;
        }

        Connection connect(String path) {
            return Jsoup.connect(base + path).cookies(cookies).header("X-Forwarded-For", address)
                    .ignoreHttpErrors(true).ignoreContentType(true).followRedirects(true);
        }

        private Document keep(Connection.Response response) throws IOException {
            cookies.putAll(response.bufferUp().cookies());
            Document page = response.parse();
            String token = page.select("input[name=csrfToken]").val();
            if (!token.isEmpty()) {
                csrfToken = token;
            }
            return page;
        }
    }
}
