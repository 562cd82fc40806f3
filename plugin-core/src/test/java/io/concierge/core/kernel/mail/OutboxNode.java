package io.concierge.core.kernel.mail;

import io.concierge.core.testing.BroadleafContextExtension;

/**
 * A store node for {@link MailOutboxTwoNodesIT}: the test's merged context in a JVM of its own, whose sender job
 * (settings from the {@code property-override} file the test gives it) sends the outbox until the JVM is ended.
 */
public final class OutboxNode {

    static final String RUNNING = "Outbox node running";

    private OutboxNode() {
    }

    public static void main(String[] args) throws InterruptedException {
        BroadleafContextExtension.context();
        System.out.println(RUNNING);
        Thread.sleep(Long.MAX_VALUE);
    }
}
