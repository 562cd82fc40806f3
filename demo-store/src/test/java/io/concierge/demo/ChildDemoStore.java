package io.concierge.demo;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The demo store's main class running in a JVM of its own, as the README's command starts it. */
final class ChildDemoStore implements AutoCloseable {

    private static final long START_TIMEOUT_SECONDS = 180;

    private final Process process;
    private final int sitePort;
    private final int adminPort;
    private final List<String> startOutput = new ArrayList<String>();

    private ChildDemoStore(Process process, int sitePort, int adminPort) {
        this.process = process;
        this.sitePort = sitePort;
        this.adminPort = adminPort;
    }

    static ChildDemoStore start(File dataDir) throws IOException, InterruptedException {
        int sitePort = freePort();
        int adminPort = freePort();
        List<String> command = new ArrayList<String>();
        command.add(new File(System.getProperty("java.home"), "bin/java").getPath());
        command.addAll(Arrays.asList(System.getProperty("concierge.test.jvmOpens", "").trim().split("\\s+")));
        command.addAll(Arrays.asList("-cp", System.getProperty("java.class.path"),
                "-Dconcierge.data.dir=" + dataDir.getPath(),
                "-Dconcierge.site.port=" + sitePort,
                "-Dconcierge.admin.port=" + adminPort,
                DemoStore.class.getName()));
        command.removeIf(String::isEmpty);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ChildDemoStore child = new ChildDemoStore(process, sitePort, adminPort);
        child.awaitRunning();
        return child;
    }

    private void awaitRunning() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            System.out.println("[child demo store] " + line);
            startOutput.add(line);
            if (line.startsWith("Concierge demo store is running")) {
                Thread drain = new Thread(() -> output.lines().forEach(l -> { }), "child-demo-store-output");
                drain.setDaemon(true);
                drain.start();
                return;
            }
            if (line.startsWith("Concierge demo store did not start") || System.nanoTime() > deadline) {
                break;
            }
        }
        close();
        throw new IllegalStateException("the demo store's main class did not start; see the output above");
    }

    /** What the store printed until it was running. */
    List<String> startOutput() {
        return startOutput;
    }

    String siteUrl() {
        return "http://127.0.0.1:" + sitePort;
    }

    String adminUrl() {
        return "http://127.0.0.1:" + adminPort + "/admin";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
