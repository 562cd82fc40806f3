package io.concierge.core.testing;

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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A store node of the multi-node tests ({@code MailOutboxTwoNodesIT}, {@code SurveyDispatchTwoNodesIT}): the test's
 * merged context in a JVM of its own, on the test JVM's database and classpath, keeping the schema the test JVM made,
 * with the settings the test gives it (a {@code property-override} file); its scheduled jobs (the outbox sender, the
 * survey dispatch, …) run until the JVM is ended. The node's warnings and errors are printed with its name.
 */
public final class StoreNode implements AutoCloseable {

    static final String RUNNING = "Store node running";
    private static final long START_SECONDS = 180;

    private final String name;
    private final Process process;
    private final CountDownLatch running = new CountDownLatch(1);
    /** The node JVM's pid@host, as it says once it runs. */
    private volatile String jvmName;

    /**
     * Skips the calling multi-node test, saying why on the console too, unless the test database is PostgreSQL: the
     * nodes share the database the test JVM made, which an in-memory HSQLDB cannot be, and CI runs these tests in
     * its PostgreSQL run.
     */
    public static void assumeSharedPostgreSql(String test) {
        String database = System.getProperty("concierge.test.db.url", "");
        boolean postgreSql = database.startsWith("jdbc:postgresql:");
        if (!postgreSql) {
            System.out.println(test + " SKIPPED: it runs with -Pdb-postgresql (CI's PostgreSQL run); the database is "
                    + database);
        }
        assumeTrue(postgreSql, "needs PostgreSQL (-Pdb-postgresql), not " + database);
    }

    /** The node's JVM: boots the context and waits to be killed. */
    public static void main(String[] args) throws InterruptedException {
        BroadleafContextExtension.context();
        System.out.println(RUNNING + " " + ManagementFactory.getRuntimeMXBean().getName());
        Thread.sleep(Long.MAX_VALUE);
    }

    private StoreNode(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    /**
     * Starts a node and returns at once ({@link #awaitRunning} waits for its context).
     *
     * @param settings {@code key=value} lines, besides the schema kept as it is and an index directory of its own
     */
    public static StoreNode start(String name, Path work, List<String> settings) throws IOException {
        Path overrides = work.resolve(name + ".properties");
        List<String> lines = new ArrayList<String>();
        for (String unit : new String[]{"blPU", "blCMSStorage", "blSecurePU"}) {
            lines.add(unit + ".hibernate.hbm2ddl.auto=none");
        }
        lines.add("concierge.search.solr.home=" + work.resolve("solr-" + name));
        lines.addAll(settings);
        Files.write(overrides, lines, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<String>();
        command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-opens")) {
                command.add(argument);
            }
        }
        command.add("-Xmx512m");
        for (String property : new String[]{"driver", "url", "user", "password", "dialect"}) {
            String key = "concierge.test.db." + property;
            command.add("-D" + key + "=" + System.getProperty(key, ""));
        }
        command.addAll(Arrays.asList("-Dproperty-override=" + overrides, "-cp", System.getProperty("java.class.path"),
                StoreNode.class.getName()));
        StoreNode node = new StoreNode(name, new ProcessBuilder(command).redirectErrorStream(true).start());
        Thread output = new Thread(node::printOutput, "store-node-" + name);
        output.setDaemon(true);
        output.start();
        return node;
    }

    /**
     * The settings of a node that sends the outbox every second to the SMTP server on 127.0.0.1:{@code smtpPort}, with
     * a short claim lease (6 s) and quick retries (1 to 2 s, up to 100 attempts), as the multi-node tests need.
     */
    public static List<String> sendingEverySecond(int smtpPort, int batchSize, int connections) {
        return Arrays.asList("concierge.mail.enabled=true", "concierge.mail.host=127.0.0.1",
                "concierge.mail.port=" + smtpPort, "concierge.mail.batchSize=" + batchSize,
                "concierge.mail.connections=" + connections, "concierge.mail.timeoutMillis=1000",
                "concierge.mail.leaseSeconds=6", "concierge.mail.intervalSeconds=1", "concierge.mail.maxAttempts=100",
                "concierge.mail.retry.firstDelaySeconds=1", "concierge.mail.retry.maxDelaySeconds=2");
    }

    /** Waits until the node's context runs; a node that does not start is ended and named in the exception. */
    public StoreNode awaitRunning() throws InterruptedException {
        if (!running.await(START_SECONDS, TimeUnit.SECONDS) || !process.isAlive()) {
            process.destroyForcibly();
            throw new IllegalStateException("store node " + name + " did not start; see its output above");
        }
        return this;
    }

    public String name() {
        return name;
    }

    /**
     * The node's {@code pid@} (what the names of its outbox claims and job leases begin with); known once it runs.
     */
    public String pidAt() {
        return jvmName.substring(0, jvmName.indexOf('@') + 1);
    }

    /** kill -9: SIGKILL, the JVM closes nothing (its database connections are simply cut). Waits for the end. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void printOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(RUNNING)) {
                    jvmName = line.substring(RUNNING.length()).trim();
                    running.countDown();
                }
                if (line.contains("WARN") || line.contains("ERROR") || line.startsWith(RUNNING)) {
                    System.out.println("[node " + name + "] " + line);
                }
            }
        } catch (IOException ended) {
            // the node was ended
        }
    }
}
