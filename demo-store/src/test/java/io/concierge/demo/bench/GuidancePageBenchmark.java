package io.concierge.demo.bench;

import io.concierge.core.kernel.CapabilitySwitchService;
import org.jsoup.Connection;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A product page with guidance's blocks against the same page without them (target: at most 5 % slower, p50 and
 * p99), over HTTP on 127.0.0.1: a demo store with a new database in {@code target/guidance-page-benchmark}, its first
 * mining run awaited (the page must show a measured reason), then wrk with one shopper's session cookie on the Trail
 * Runner 28's page, guidance switched off and on in turn (the merchant's switch) for each run, after a warm-up of
 * each. Before and after, the page must answer 200, with the blocks while guidance is on and without them while off.
 * <p>
 * Not a test. {@code mvn -B -q -DskipTests -pl demo-store -am verify exec:exec@guidance-page-benchmark
 * -Dexec.executable=true} ({@code -Dbench.args="clients seconds runs"}, default 16 20 3; needs wrk on the PATH).
 */
public final class GuidancePageBenchmark {

    private static final String PAGE = "/backpacks/trail-runner-28";
    private static final String BLOCKS = "class=\"concierge-guidance\"";
    private static final String MEASURED = "data-kind=\"BOUGHT_TOGETHER\"";

    private GuidancePageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchStore.WrkRuns wrkRuns = new BenchStore.WrkRuns(args);
        int clients = wrkRuns.clients;
        int seconds = wrkRuns.seconds;
        int runs = wrkRuns.runs;
        BenchStore.requireWrk();
        BenchStore.runAndExit(Paths.get("target", "guidance-page-benchmark").toAbsolutePath(), store -> {
            String url = BenchStore.site(store) + PAGE;
            CapabilitySwitchService switches = store.siteContext().getBean("cncCapabilitySwitches",
                    CapabilitySwitchService.class);
            Connection.Response first = Jsoup.connect(url).execute();
            String sessionId = first.cookie("JSESSIONID");
            String cookie = "Cookie: JSESSIONID=" + sessionId;
            long deadline = System.currentTimeMillis() + 180_000;
            while (!page(url, sessionId).contains(MEASURED)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("no mined reason on " + PAGE + " after 3 minutes");
                }
                Thread.sleep(2000);
            }
            List<BenchStore.WrkResult> off = new ArrayList<BenchStore.WrkResult>();
            List<BenchStore.WrkResult> on = new ArrayList<BenchStore.WrkResult>();
            for (boolean guidance : new boolean[] {false, true}) {
                switchTo(switches, guidance, url, sessionId);
                BenchStore.wrk("guidance " + (guidance ? "on" : "off") + ", warm-up (not measured)", url, null,
                        clients, seconds, cookie);
            }
            for (int run = 1; run <= runs; run++) {
                for (boolean guidance : new boolean[] {false, true}) {
                    switchTo(switches, guidance, url, sessionId);
                    (guidance ? on : off).add(BenchStore.wrk("guidance " + (guidance ? "on" : "off") + ", run " + run,
                            url, null, clients, seconds, cookie));
                }
            }
            System.out.printf(Locale.ROOT, "%nproduct page %s, %d clients, %d s a run, load average %.2f:%n", PAGE,
                    clients, seconds, BenchStore.loadAverage());
            print("guidance off", off);
            print("guidance on ", on);
            System.out.printf(Locale.ROOT, "  on against off: p50 %+.1f %%, p99 %+.1f %%, requests/s %+.1f %%%n",
                    change(on, off, 0), change(on, off, 2), change(on, off, 1));
        });
    }

    private static void switchTo(CapabilitySwitchService switches, boolean on, String url, String sessionId)
            throws IOException {
        switches.setOn("guidance", on);
        if (page(url, sessionId).contains(BLOCKS) != on) {
            throw new IllegalStateException("the page " + (on ? "lacks" : "still has") + " guidance's blocks");
        }
    }

    private static String page(String url, String sessionId) throws IOException {
        Connection.Response page = Jsoup.connect(url).cookie("JSESSIONID", sessionId).ignoreHttpErrors(true)
                .execute();
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + page.statusCode());
        }
        return page.body();
    }

    private static void print(String title, List<BenchStore.WrkResult> results) {
        for (BenchStore.WrkResult result : results) {
            System.out.printf(Locale.ROOT, "  %s: %.0f requests/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", title,
                    result.requestsPerSecond, result.p50Millis, result.p90Millis, result.p99Millis);
        }
    }

    /** The median over the runs of on against the median of off, in percent: 0 p50, 1 requests/s, 2 p99. */
    private static double change(List<BenchStore.WrkResult> on, List<BenchStore.WrkResult> off, int figure) {
        return 100.0 * (median(on, figure) / median(off, figure) - 1);
    }

    private static double median(List<BenchStore.WrkResult> results, int figure) {
        double[] values = new double[results.size()];
        for (int i = 0; i < values.length; i++) {
            BenchStore.WrkResult result = results.get(i);
            values[i] = figure == 0 ? result.p50Millis : figure == 1 ? result.requestsPerSecond : result.p99Millis;
        }
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }
}
