package io.concierge.core.kernel;

import java.lang.management.ManagementFactory;

/**
 * Names that tell which node (JVM) holds something in the shared database, such as an outbox claim or a job lease:
 * the JVM's {@code pid@host}, then what makes the name unique.
 */
public final class NodeNames {

    private NodeNames() {
    }

    /** {@code pid@host/unique}, the {@code pid@host} part cut so that the whole is at most {@code maxLength}. */
    public static String thisNode(String unique, int maxLength) {
        String jvm = ManagementFactory.getRuntimeMXBean().getName();
        int room = maxLength - unique.length() - 1;
        if (room < 1) {
            throw new IllegalArgumentException("no room for the node's name beside \"" + unique + "\"");
        }
        return (jvm.length() > room ? jvm.substring(0, room) : jvm) + "/" + unique;
    }
}
