package io.concierge.demo.bench;

import io.concierge.demo.DemoStore;
import io.concierge.demo.DemoStoreConfig;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the demo store's benchmarks share: the store started on free ports of 127.0.0.1 with a new database, and wrk
 * driving its storefront (its output printed and read back).
 */
final class BenchStore {

    private static final Pattern LATENCY = Pattern.compile("^\\s*(50|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([0-9.]+)\\s*$", Pattern.MULTILINE);

    private BenchStore() {
    }

    /** The arguments a wrk benchmark starts with: clients, seconds a run, runs (default 16, 20, 3). */
    static final class WrkRuns {

        final int clients;
        final int seconds;
        final int runs;

        WrkRuns(String[] args) {
            clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
            seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
            runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        }
    }

    /** Ends the JVM (status 2) unless wrk is on the PATH. */
    static void requireWrk() {
        if (!onPath("wrk")) {
            System.err.println("wrk is not on the PATH (Debian: apt-get install -y wrk)");
            System.exit(2);
        }
    }

    /** What a benchmark does with the running store. */
    interface Work {
        void run(DemoStore store) throws Exception;
    }

    /**
     * Starts a demo store on free ports of 127.0.0.1 whose database is made anew in this folder (emptied first),
     * does the work, stops the store, deletes the folder and ends the JVM: status 0, or 1 after printing what failed.
     */
    static void runAndExit(Path dataDir, Work work) throws IOException {
        deleteRecursively(dataDir);
        DemoStore store = null;
        int status = 0;
        try {
            store = new DemoStore(DemoStoreConfig.embedded("127.0.0.1", 0, 0, dataDir.toFile()));
            store.start();
            work.run(store);
        } catch (Exception | AssertionError e) {
            e.printStackTrace();
            status = 1;
        } finally {
            if (store != null) {
                store.stopQuietly();
            }
            deleteRecursively(dataDir);
        }
        System.exit(status);
    }

    static String site(DemoStore store) {
        return "http://127.0.0.1:" + store.sitePort();
    }

    /** What wrk measured of one run. */
    static final class WrkResult {

        final double requestsPerSecond;
        final double p50Millis;
        final double p90Millis;
        final double p99Millis;

        /** Reads wrk's output: its Requests/sec line and its latency distribution ({@code --latency}). */
        WrkResult(CharSequence output) {
            Matcher rate = RATE.matcher(output);
            if (!rate.find()) {
                throw new IllegalStateException("wrk printed no Requests/sec line");
            }
            requestsPerSecond = Double.parseDouble(rate.group(1));
            p50Millis = latencyMillis(output, "50");
            p90Millis = latencyMillis(output, "90");
            p99Millis = latencyMillis(output, "99");
        }

        private static double latencyMillis(CharSequence output, String percent) {
            Matcher latency = LATENCY.matcher(output);
            while (latency.find()) {
                if (percent.equals(latency.group(1))) {
                    double value = Double.parseDouble(latency.group(2));
                    String unit = latency.group(3);
                    return "us".equals(unit) ? value / 1000 : "s".equals(unit) ? value * 1000 : value;
                }
            }
            throw new IllegalStateException("wrk printed no " + percent + "% latency");
        }
    }

    /**
     * {@code wrk -t2 -c<connections> -d<seconds>s --latency} against the URL (with a Lua script when one is given),
     * printing its output under the title; fails when wrk does, or when any answer was not 2xx or 3xx.
     */
    static WrkResult wrk(String title, String url, Path script, int connections, int seconds, String... headers)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<String>(Arrays.asList("wrk", "-t2", "-c" + connections,
                "-d" + seconds + "s", "--latency", "--timeout", "10s"));
        if (script != null) {
            command.add("-s");
            command.add(script.toString());
        }
        for (String header : headers) {
            command.add("-H");
            command.add(header);
        }
        command.add(url);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(wrk.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
            }
        }
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        System.out.printf(Locale.ROOT, "%n%s, %d connections, %d s (load average %.2f):%n%s", title, connections,
                seconds, loadAverage(), output);
        if (output.indexOf("Non-2xx") >= 0) {
            throw new IllegalStateException(title + ": some answers were not 200");
        }
        return new WrkResult(output);
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
