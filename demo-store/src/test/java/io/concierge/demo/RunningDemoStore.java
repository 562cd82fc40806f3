package io.concierge.demo;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;

import java.io.File;

/**
 * Starts one demo store per test JVM (Broadleaf cannot start twice in one JVM: its caches are JVM singletons), on
 * free ports with a new embedded database, for every web test class that uses this extension; stops it when all
 * tests are done.
 */
final class RunningDemoStore implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static DemoStore store;
    private static File dataDir;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningDemoStore.class) {
            if (store == null) {
                dataDir = DemoStoreWebTesting.newDataDir();
                store = DemoStoreWebTesting.startOn(dataDir);
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

    /** The storefront's root Spring context, for tests that set up data through Broadleaf's services. */
    static ApplicationContext siteContext() {
        return store.siteContext();
    }

    /** The running store's data directory (database, indexes, preview secret). */
    static File dataDir() {
        return dataDir;
    }

    static String admin() {
        return "http://127.0.0.1:" + store.adminPort() + "/admin";
    }
}
