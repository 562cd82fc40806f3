package io.concierge.core.kb.search;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Guide search speed: indexes generated guides into an embedded Solr and searches them from concurrent clients
 * through {@link GuideSearchServiceImpl} (synonyms expanded, snippets highlighted, spelling checked), printing
 * latency percentiles and throughput. Not a test; run it with
 * {@code mvn -o -B -q -pl plugin-core test-compile exec:exec@guide-search-benchmark}
 * (arguments: {@code -Dbench.args="guides clients queriesPerClient"}, default 10000 16 3000).
 */
public final class GuideSearchBenchmark {

    private static final String[][] WORDS = {
            {"shipping", "delivery", "return", "refund", "warranty", "size", "fit", "jacket", "shoes", "running",
                    "waterproof", "battery", "charger", "backpack", "tent", "sleeping", "bag", "hiking", "boots",
                    "care", "wash", "clean", "repair", "exchange", "order", "tracking", "payment", "invoice",
                    "gift", "card", "discount", "coupon", "account", "password", "address", "cancel", "damaged",
                    "missing", "parcel", "carrier", "express", "international", "customs", "stock", "color",
                    "material", "cotton", "wool", "leather", "zipper", "pocket", "strap", "weight", "capacity"},
            {"entrega", "frete", "devolução", "reembolso", "garantia", "tamanho", "tênis", "jaqueta", "corrida",
                    "impermeável", "bateria", "carregador", "mochila", "barraca", "saco", "dormir", "trilha",
                    "botas", "cuidados", "lavar", "limpar", "conserto", "troca", "pedido", "rastreamento",
                    "pagamento", "nota", "fiscal", "presente", "cartão", "desconto", "cupom", "conta", "senha",
                    "endereço", "cancelar", "danificado", "extraviado", "encomenda", "transportadora", "expresso",
                    "internacional", "alfândega", "estoque", "cor", "material", "algodão", "lã", "couro", "zíper",
                    "bolso", "alça", "peso", "capacidade"},
            {"envío", "entrega", "devolución", "reembolso", "garantía", "talla", "zapatillas", "chaqueta", "correr",
                    "impermeable", "batería", "cargador", "mochila", "tienda", "saco", "dormir", "senderismo",
                    "botas", "cuidado", "lavar", "limpiar", "reparación", "cambio", "pedido", "seguimiento", "pago",
                    "factura", "regalo", "tarjeta", "descuento", "cupón", "cuenta", "contraseña", "dirección",
                    "cancelar", "dañado", "perdido", "paquete", "transportista", "exprés", "internacional",
                    "aduana", "existencias", "color", "material", "algodón", "lana", "cuero", "cremallera",
                    "bolsillo", "correa", "peso", "capacidad"}};
    private static final String[] LOCALES = {"en", "pt_BR", "es"};
    private static final String[] SYLLABLES = {"ba", "ce", "di", "fo", "gu", "la", "me", "ni", "po", "ru", "sa",
            "te", "vi", "zo", "tra", "pre", "con", "des", "mor", "lin"};

    private GuideSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int guides = args.length > 0 ? Integer.parseInt(args[0]) : 10000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int queriesPerClient = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        File home = Files.createTempDirectory("concierge-solr-bench").toFile();
        Random random = new Random(42);

        SolrGuideSearchIndex index = new SolrGuideSearchIndex();
        index.solrHome = home.getPath();
        index.open();
        try {
            long indexStart = System.nanoTime();
            List<GuideDocument> batch = new ArrayList<GuideDocument>();
            for (int id = 1; id <= guides; id++) {
                batch.add(generatedGuide(id, random));
                if (batch.size() == 500 || id == guides) {
                    index.putBatch(batch);
                    batch.clear();
                }
            }
            long indexMillis = (System.nanoTime() - indexStart) / 1000000L;
            index.finishRebuild(indexMillis + GuideReindexer.START_MARGIN_MILLIS);

            GuideSearchServiceImpl service = new GuideSearchServiceImpl();
            service.index = index;
            service.synonymService = new FixedSynonyms(new SynonymTable.Builder()
                    .add("en", "sneakers, running shoes, trainers")
                    .add("pt_BR", "tênis, calçado esportivo, sapatilha")
                    .add("es", "zapatillas, tenis, deportivas").build());
            CountingMisses misses = new CountingMisses();
            service.missService = misses;

            run(service, clients, Math.max(200, queriesPerClient / 5), new Random(1)); // warm-up, not measured
            misses.count.set(0);
            long[] latencies = new long[clients * queriesPerClient];
            AtomicLong cpuNanos = new AtomicLong();
            long wallNanos = run(service, clients, queriesPerClient, new Random(7), latencies, cpuNanos);
            Arrays.sort(latencies);

            System.out.printf(Locale.ROOT, "guides=%d indexed in %d ms; clients=%d; queries=%d (%d without result)"
                            + "; cores=%d; java=%s%n", guides, indexMillis, clients, latencies.length,
                    misses.count.get(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            System.out.printf(Locale.ROOT, "latency ms: p50=%.2f p90=%.2f p99=%.2f p99.9=%.2f max=%.2f%n",
                    percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
                    percentile(latencies, 99.9), latencies[latencies.length - 1] / 1e6);
            System.out.printf(Locale.ROOT, "throughput: %.0f searches/s; CPU per search (client threads, where the"
                    + " embedded Solr runs): %.2f ms; load average %.1f%n", latencies.length / (wallNanos / 1e9),
                    cpuNanos.get() / 1e6 / latencies.length,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            index.close();
        }
    }

    private static long run(GuideSearchService service, int clients, int queriesPerClient, Random seeds)
            throws InterruptedException {
        return run(service, clients, queriesPerClient, seeds, new long[clients * queriesPerClient], new AtomicLong());
    }

    /** Each client searches its own query mix as fast as it can; returns the wall time of all clients. */
    private static long run(GuideSearchService service, int clients, int queriesPerClient, Random seeds,
                            long[] latencies, AtomicLong cpuNanos) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<Throwable>());
        for (int c = 0; c < clients; c++) {
            int client = c;
            Random random = new Random(seeds.nextLong());
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    for (int q = 0; q < queriesPerClient; q++) {
                        int language = random.nextInt(3);
                        GuideSearchQuery query = new GuideSearchQuery(queryText(language, random), LOCALES[language]);
                        long begin = System.nanoTime();
                        service.search(query);
                        latencies[client * queriesPerClient + q] = System.nanoTime() - begin;
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

    /** Mostly one to three real words; some with a typo, some synonyms, a few that match nothing. */
    private static String queryText(int language, Random random) {
        int kind = random.nextInt(100);
        if (kind < 5) {
            return "xq" + syntheticWord(random) + "zz";
        }
        if (kind < 10) {
            return language == 0 ? "sneakers" : language == 1 ? "sapatilha" : "deportivas";
        }
        StringBuilder text = new StringBuilder();
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            String word = WORDS[language][random.nextInt(WORDS[language].length)];
            if (kind < 20 && w == 0 && word.length() >= 6) {
                int i = 1 + random.nextInt(word.length() - 3);
                word = word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
            }
            text.append(w == 0 ? "" : " ").append(word);
        }
        return text.toString();
    }

    /**
     * A guide on three topic words of its language's domain vocabulary (in its title, and every 20th word of its
     * body), with other domain words sprinkled in (1 word in 25) among made-up words: each domain word occurs in
     * about a fifth of the guides of its language, so the searches below match hundreds of guides each.
     */
    private static GuideDocument generatedGuide(long id, Random random) {
        int language = (int) (id % 3);
        String[] vocabulary = WORDS[language];
        String[] topic = {vocabulary[random.nextInt(vocabulary.length)], vocabulary[random.nextInt(vocabulary.length)],
                vocabulary[random.nextInt(vocabulary.length)]};
        StringBuilder body = new StringBuilder("<p>");
        int words = 150 + random.nextInt(250);
        for (int w = 0; w < words; w++) {
            if (w % 20 == 0) {
                body.append(topic[random.nextInt(topic.length)]);
            } else if (random.nextInt(25) == 0) {
                body.append(vocabulary[random.nextInt(vocabulary.length)]);
            } else {
                body.append(syntheticWord(random));
            }
            body.append(w % 17 == 16 ? ".</p><p>" : " ");
        }
        body.append("</p>");
        String title = topic[0] + " " + topic[1] + " " + syntheticWord(random);
        String summary = title + " " + syntheticWord(random) + " " + topic[2];
        return new GuideDocument(id, "guide-" + id, LOCALES[language], title, summary, body.toString(), "help",
                Arrays.asList(topic[2]), true, new Date(0));
    }

    private static String syntheticWord(Random random) {
        StringBuilder word = new StringBuilder();
        int syllables = 2 + random.nextInt(3);
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static double percentile(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
    }

    private static final class FixedSynonyms implements GuideSynonymService {

        private final SynonymTable table;

        FixedSynonyms(SynonymTable table) {
            this.table = table;
        }

        @Override
        public SynonymTable currentTable() {
            return table;
        }

        @Override
        public GuideSynonymSet create() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<GuideSynonymSet> readAll() {
            throw new UnsupportedOperationException();
        }

        @Override
        public GuideSynonymSet save(GuideSynonymSet synonymSet) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void delete(GuideSynonymSet synonymSet) {
            throw new UnsupportedOperationException();
        }
    }

    /** Counts misses instead of writing them to a database, which this benchmark has not. */
    private static final class CountingMisses implements GuideSearchMissService {

        final AtomicLong count = new AtomicLong();

        @Override
        public void record(String text, String locale) {
            count.incrementAndGet();
        }

        @Override
        public List<GuideSearchMiss> topMisses(String locale, int max) {
            return Collections.emptyList();
        }
    }
}
