package io.concierge.demo.bench;

import io.concierge.core.helpcenter.faq.FaqEntry;
import io.concierge.core.helpcenter.faq.FaqService;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.GuideStatus;
import io.concierge.core.kb.search.GuideSearchQuery;
import io.concierge.core.kb.search.GuideSearchService;
import io.concierge.core.kb.search.GuideSynonymService;
import io.concierge.core.kb.search.GuideSynonymSet;
import io.concierge.demo.DemoStore;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Guide search speed in a running demo store: writes generated guides through Concierge's services (sanitized,
 * indexed at commit, as a merchant's are), then measures
 * <ol>
 * <li>the search service itself: concurrent clients in the store's JVM calling {@code cncGuideSearchService}
 * (synonyms, spelling, snippets, zero-result searches written to the database);</li>
 * <li>the whole storefront over HTTP on 127.0.0.1 with wrk: the search page, its JSON, and guide pages, through
 * Jetty, Broadleaf's filters, Spring MVC and FreeMarker.</li>
 * </ol>
 * Not a test. Run it with {@code mvn -B -q -pl demo-store test-compile exec:exec@guide-search-benchmark}
 * ({@code -Dbench.args="guides clients queriesPerClient httpSeconds"}, default 10000 16 3000 30; 0 seconds skip the
 * HTTP part, which needs wrk on the PATH).
 */
public final class GuideSearchBenchmark {

    private static final int GUIDES_PER_TRANSACTION = 200;
    private static final int HTTP_PATHS = 5000;

    private final ApplicationContext context;
    private final String site;

    private GuideSearchBenchmark(DemoStore store) {
        this.context = store.siteContext();
        this.site = BenchStore.site(store);
    }

    public static void main(String[] args) throws Exception {
        int guides = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int queriesPerClient = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        int httpSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int faqEntries = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
        BenchStore.runAndExit(Files.createTempDirectory("concierge-bench"), store -> {
            GuideSearchBenchmark benchmark = new GuideSearchBenchmark(store);
            benchmark.writeGuides(guides);
            benchmark.writeFaq(faqEntries);
            benchmark.searchService(clients, queriesPerClient);
            benchmark.overHttp(guides, clients, httpSeconds);
        });
    }

    private void writeGuides(int count) {
        GuideService guideService = context.getBean("cncGuideService", GuideService.class);
        GuideSynonymService synonymService = context.getBean("cncGuideSynonymService", GuideSynonymService.class);
        for (int language = 0; language < GeneratedGuides.LOCALES.length; language++) {
            GuideSynonymSet synonyms = synonymService.create();
            synonyms.setLocale(GeneratedGuides.LOCALES[language]);
            synonyms.setSynonyms(GeneratedGuides.SYNONYM_LINES[language]);
            synonymService.save(synonyms);
        }
        TransactionTemplate transaction = new TransactionTemplate(
                context.getBean("blTransactionManager", PlatformTransactionManager.class));
        Random random = new Random(42);
        long yesterday = System.currentTimeMillis() - TimeUnit.DAYS.toMillis(1);
        long start = System.nanoTime();
        for (int first = 1; first <= count; first += GUIDES_PER_TRANSACTION) {
            int last = Math.min(count, first + GUIDES_PER_TRANSACTION - 1);
            int from = first;
            transaction.execute(status -> {
                for (int n = from; n <= last; n++) {
                    GeneratedGuides.Content content = GeneratedGuides.guide(n, random);
                    Guide guide = guideService.create();
                    guide.setSlug(slug(n));
                    guide.setLocale(content.locale);
                    guide.setTitle(content.title);
                    guide.setSummary(content.summary);
                    guide.setBody(content.bodyHtml);
                    guide.setAuthor("Benchmark");
                    guide.setStatus(GuideStatus.PUBLISHED);
                    guide.setPublishAt(new Date(yesterday - TimeUnit.MINUTES.toMillis(n)));
                    guideService.save(guide);
                }
                return null;
            });
        }
        System.out.printf(Locale.ROOT, "wrote %d guides through cncGuideService in %.1f s (indexed at each commit"
                + " of %d)%n", count, (System.nanoTime() - start) / 1e9, GUIDES_PER_TRANSACTION);
    }

    /** FAQ entries through {@code cncFaqService}, worded like the guides: the help center's search finds both. */
    private void writeFaq(int count) {
        FaqService faq = context.getBean("cncFaqService", FaqService.class);
        Random random = new Random(43);
        long start = System.nanoTime();
        for (int n = 1; n <= count; n++) {
            GeneratedGuides.Content content = GeneratedGuides.guide(1_000_000 + n, random);
            FaqEntry entry = faq.create();
            entry.setQuestion(content.title + "?");
            entry.setAnswer("<p>" + content.summary + "</p>");
            entry.setCategory("Benchmark");
            entry.setLocale(content.locale);
            entry.setDisplayOrder(n);
            entry.setPublished(true);
            faq.save(entry);
        }
        System.out.printf(Locale.ROOT, "wrote %d FAQ entries through cncFaqService in %.1f s%n", count,
                (System.nanoTime() - start) / 1e9);
    }

    private void searchService(int clients, int queriesPerClient) throws InterruptedException {
        GuideSearchService service = context.getBean("cncGuideSearchService", GuideSearchService.class);
        // Warm-up, not measured: as many searches again, until the JIT has compiled Solr's and Lucene's hot paths.
        new Searches(clients, queriesPerClient).run(service, new Random(1));
        Searches measured = new Searches(clients, queriesPerClient);
        long wallNanos = measured.run(service, new Random(7));
        long[] all = measured.latencies(null);
        long[] misses = measured.latencies(Boolean.TRUE);
        System.out.printf(Locale.ROOT, "search service, %d clients in the store's JVM, %d searches: p50=%.2f"
                        + " p90=%.2f p99=%.2f p99.9=%.2f max=%.2f ms; %.0f searches/s; %.2f ms CPU per search"
                        + " (cores=%d, load average %.1f)%n", clients, all.length,
                percentile(all, 50), percentile(all, 90), percentile(all, 99), percentile(all, 99.9),
                all[all.length - 1] / 1e6, all.length / (wallNanos / 1e9),
                measured.cpuNanos.get() / 1e6 / all.length, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        long[] found = measured.latencies(Boolean.FALSE);
        System.out.printf(Locale.ROOT, "  %d searches found something: p50=%.2f p99=%.2f ms; %d found nothing (typo"
                        + " tolerance, spelling, recorded as a content gap): p50=%.2f p99=%.2f ms%n", found.length,
                percentile(found, 50), percentile(found, 99), misses.length, percentile(misses, 50),
                percentile(misses, 99));
    }

    /** Concurrent clients, each searching its own query mix as fast as it can. */
    private static final class Searches {

        final int clients;
        final int queriesPerClient;
        final long[] nanos;
        final boolean[] foundNothing;
        final AtomicLong cpuNanos = new AtomicLong();

        Searches(int clients, int queriesPerClient) {
            this.clients = clients;
            this.queriesPerClient = queriesPerClient;
            this.nanos = new long[clients * queriesPerClient];
            this.foundNothing = new boolean[clients * queriesPerClient];
        }

        /** Returns the wall time of all clients. */
        long run(GuideSearchService service, Random seeds) throws InterruptedException {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(clients);
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<Throwable>());
            for (int c = 0; c < clients; c++) {
                int first = c * queriesPerClient;
                Random random = new Random(seeds.nextLong());
                Thread thread = new Thread(() -> {
                    try {
                        start.await();
                        long cpuStart = threads.getCurrentThreadCpuTime();
                        for (int q = first; q < first + queriesPerClient; q++) {
                            int language = random.nextInt(GeneratedGuides.LOCALES.length);
                            GuideSearchQuery query = new GuideSearchQuery(GeneratedGuides.query(language, random),
                                    GeneratedGuides.LOCALES[language]);
                            long begin = System.nanoTime();
                            foundNothing[q] = service.search(query).getTotal() == 0;
                            nanos[q] = System.nanoTime() - begin;
                        }
                        cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpuStart);
                    } catch (Throwable e) {
                        failures.add(e);
                    } finally {
                        done.countDown();
                    }
                }, "bench-client-" + c);
                thread.start();
            }
            long begin = System.nanoTime();
            start.countDown();
            done.await();
            long wall = System.nanoTime() - begin;
            if (!failures.isEmpty()) {
                throw new IllegalStateException("A search failed", failures.get(0));
            }
            return wall;
        }

        /** The sorted latencies of all searches ({@code null}), or of those that found nothing or something. */
        long[] latencies(Boolean nothingFound) {
            long[] selected = new long[nanos.length];
            int count = 0;
            for (int i = 0; i < nanos.length; i++) {
                if (nothingFound == null || foundNothing[i] == nothingFound) {
                    selected[count++] = nanos[i];
                }
            }
            long[] sorted = Arrays.copyOf(selected, count);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    /**
     * wrk against the storefront. A shopper's browser keeps its session cookie, so the main runs send one; the run
     * without a cookie is what a crawler costs (Broadleaf makes a new session and anonymous customer per request).
     */
    private void overHttp(int guides, int connections, int seconds) throws IOException, InterruptedException {
        if (seconds <= 0) {
            return;
        }
        if (!BenchStore.onPath("wrk")) {
            System.out.println("HTTP part skipped: wrk is not on the PATH (Debian: apt-get install wrk)");
            return;
        }
        String cookie = "Cookie: " + sessionCookie();
        Random random = new Random(11);
        List<String> searches = new ArrayList<String>();
        List<String> helpSearches = new ArrayList<String>();
        List<String> guidePages = new ArrayList<String>();
        for (int i = 0; i < HTTP_PATHS; i++) {
            // The shopper's language is the session's: the queries of one run are in English.
            String query = URLEncoder.encode(GeneratedGuides.query(0, random), "UTF-8");
            searches.add("/guides/search?q=" + query);
            helpSearches.add("/help/search?q=" + query);
            guidePages.add("/guides/" + slug(1 + random.nextInt(guides)));
        }
        Path script = Files.createTempFile("concierge-bench", ".lua");
        Path pages = Files.createTempFile("concierge-bench", ".lua");
        Path help = Files.createTempFile("concierge-bench", ".lua");
        try {
            Files.write(help, wrkScript(helpSearches).getBytes(StandardCharsets.UTF_8));
            Files.write(script, wrkScript(searches).getBytes(StandardCharsets.UTF_8));
            Files.write(pages, wrkScript(guidePages).getBytes(StandardCharsets.UTF_8));
            BenchStore.wrk("search page, warm-up (not measured)", site + "/", script, connections, seconds, cookie);
            BenchStore.wrk("search page (HTML)", site + "/", script, connections, seconds, cookie);
            BenchStore.wrk("search JSON (Accept: application/json)", site + "/", script, connections, seconds, cookie,
                    "Accept: application/json");
            BenchStore.wrk("search page without a session cookie", site + "/", script, connections, seconds);
            BenchStore.wrk("guide page", site + "/", pages, connections, seconds, cookie);
            BenchStore.wrk("help center search, guides and FAQ (HTML)", site + "/", help, connections, seconds, cookie);
            BenchStore.wrk("help center search (Accept: application/json)", site + "/", help, connections, seconds,
                    cookie, "Accept: application/json");
        } finally {
            Files.deleteIfExists(help);
            Files.deleteIfExists(script);
            Files.deleteIfExists(pages);
        }
    }

    private String sessionCookie() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(site + "/guides").openConnection();
        try {
            if (connection.getResponseCode() != 200) {
                throw new IllegalStateException("GET /guides answered " + connection.getResponseCode());
            }
            String setCookie = connection.getHeaderField("Set-Cookie");
            if (setCookie == null) {
                throw new IllegalStateException("The storefront set no session cookie");
            }
            return setCookie.split(";", 2)[0];
        } finally {
            connection.disconnect();
        }
    }

    /** Each wrk thread walks the paths from its own starting point. */
    private static String wrkScript(List<String> paths) {
        StringBuilder lua = new StringBuilder("local paths = {\n");
        for (String path : paths) {
            lua.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        lua.append("}\n")
                .append("local next = 0\n")
                .append("local threads = 0\n")
                .append("function setup(thread) threads = threads + 1; thread:set(\"first\", threads * 997) end\n")
                .append("function init(args) next = first end\n")
                .append("function request()\n")
                .append("  next = next % #paths + 1\n")
                .append("  return wrk.format(nil, paths[next])\n")
                .append("end\n");
        return lua.toString();
    }

    private static String slug(long n) {
        return "bench-guide-" + n;
    }

    private static double percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }
}
