package io.concierge.core.kb;

/** The knowledge base as a capability: its key in routes, widgets, switches and the capabilities API. */
public final class KnowledgeBase {

    public static final String KEY = "kb";

    private KnowledgeBase() {
    }
}
