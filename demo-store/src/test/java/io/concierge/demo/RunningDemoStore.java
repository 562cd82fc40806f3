package io.concierge.demo;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one demo store per test JVM (Broadleaf cannot start twice in one JVM: its caches are JVM singletons), on
 * free ports with a new embedded database, for every web test class that uses this extension; stops it when all
 * tests are done.
 */
final class RunningDemoStore implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static DemoStore store;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningDemoStore.class) {
            if (store == null) {
                store = DemoStoreWebTesting.startOn(DemoStoreWebTesting.newDataDir());
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(RunningDemoStore.class.getName(), this);
            }
        }
    }

    @Override
    public void close() {
        synchronized (RunningDemoStore.class) {
            if (store != null) {
                store.stopQuietly();
            }
        }
    }

    static String site() {
        return "http://127.0.0.1:" + store.sitePort();
    }

    static String admin() {
        return "http://127.0.0.1:" + store.adminPort() + "/admin";
    }
}
