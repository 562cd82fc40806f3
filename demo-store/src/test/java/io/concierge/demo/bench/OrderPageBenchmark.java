package io.concierge.demo.bench;

import org.jsoup.Connection;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The help center's order page ({@code /help/orders/{orderNumber}}) over HTTP on 127.0.0.1: a demo store with a new
 * database in {@code target/order-page-benchmark}, a browser session that found one seeded order with the guest
 * lookup (number and e-mail, as a guest does), then wrk with that session's cookie: a warm-up, then the measured
 * runs. Before wrk the page must answer 200 with the order's number in it.
 * <p>
 * Not a test. {@code mvn -B -q -pl demo-store test-compile exec:exec@order-page-benchmark} ({@code -Dbench.args="clients
 * seconds runs orderNumber email"}, default 16 20 3 and the demo's placed-and-paid order of marta.ruiz@example.com;
 * needs wrk on the PATH).
 */
public final class OrderPageBenchmark {

    private static final String ORDER = "202611161226544081011";
    private static final String EMAIL = "marta.ruiz@example.com";

    private OrderPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchStore.WrkRuns wrkRuns = new BenchStore.WrkRuns(args);
        int clients = wrkRuns.clients;
        int seconds = wrkRuns.seconds;
        int runs = wrkRuns.runs;
        String number = args.length > 3 ? args[3] : ORDER;
        String email = args.length > 4 ? args[4] : EMAIL;
        BenchStore.requireWrk();
        BenchStore.runAndExit(Paths.get("target", "order-page-benchmark").toAbsolutePath(), store -> {
            String site = BenchStore.site(store);
            String sessionId = lookedUp(site, number, email);
            String url = site + "/help/orders/" + number;
            String cookie = "Cookie: JSESSIONID=" + sessionId;
            checkPage(url, sessionId, number);
            BenchStore.wrk("order page, warm-up (not measured)", url, null, clients, seconds, cookie);
            List<BenchStore.WrkResult> results = new ArrayList<BenchStore.WrkResult>();
            for (int run = 1; run <= runs; run++) {
                results.add(BenchStore.wrk("order page, run " + run, url, null, clients, seconds, cookie));
            }
            checkPage(url, sessionId, number);
            System.out.printf(Locale.ROOT, "%norder page /help/orders/%s, %d clients, %d s a run:%n", number,
                    clients, seconds);
            for (BenchStore.WrkResult result : results) {
                System.out.printf(Locale.ROOT, "  %.0f requests/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n",
                        result.requestsPerSecond, result.p50Millis, result.p90Millis, result.p99Millis);
            }
        });
    }

    /** The guest lookup: the form (session cookie, CSRF token), then number and e-mail; returns the session id. */
    private static String lookedUp(String site, String number, String email) throws IOException {
        Connection.Response form = Jsoup.connect(site + "/help/orders/lookup").ignoreHttpErrors(true).execute();
        String sessionId = form.cookie("JSESSIONID");
        String token = form.parse().select("input[name=csrfToken]").val();
        if (form.statusCode() != 200 || sessionId == null || token.isEmpty()) {
            throw new IllegalStateException("GET /help/orders/lookup answered " + form.statusCode()
                    + (sessionId == null ? ", no session cookie" : "") + (token.isEmpty() ? ", no CSRF token" : ""));
        }
        Connection.Response found = Jsoup.connect(site + "/help/orders/lookup").method(Connection.Method.POST)
                .cookie("JSESSIONID", sessionId).data("csrfToken", token, "orderNumber", number, "email", email)
                .followRedirects(false).ignoreHttpErrors(true).execute();
        if (found.statusCode() != 302 || !String.valueOf(found.header("Location")).endsWith("/help/orders/" + number)) {
            throw new IllegalStateException("The lookup of " + number + " / " + email + " answered "
                    + found.statusCode() + " to " + found.header("Location"));
        }
        String renewed = found.cookie("JSESSIONID");
        return renewed != null ? renewed : sessionId;
    }

    private static void checkPage(String url, String sessionId, String number) throws IOException {
        Connection.Response page = Jsoup.connect(url).cookie("JSESSIONID", sessionId).followRedirects(false)
                .ignoreHttpErrors(true).execute();
        if (page.statusCode() != 200 || !page.body().contains(number)) {
            throw new IllegalStateException("GET " + url + " answered " + page.statusCode()
                    + (page.statusCode() == 200 ? " without the order's number" : ""));
        }
    }
}
