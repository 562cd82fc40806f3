package io.concierge.demo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.File;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The machine's own Chromium (Debian's package, path in {@code concierge.test.chromium}), headless, driven by
 * Playwright, for the browser tests that use this extension: launched once per JVM, closed when all tests are done.
 * Playwright downloads no browser of its own; the flags keep Chromium off the network it cannot reach.
 */
final class HeadlessChromium implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static final String CHROMIUM = System.getProperty("concierge.test.chromium", "/usr/bin/chromium");

    private static HeadlessChromium running;

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (HeadlessChromium.class) {
            if (running == null) {
                launch();
                running = this;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(HeadlessChromium.class.getName(), this);
            }
        }
    }

    private void launch() {
        if (!new File(CHROMIUM).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                    + " (apt-get install -y chromium, or set -Dconcierge.test.chromium=<path>)");
        }
        Map<String, String> environment = new HashMap<String, String>();
        environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(environment));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(Arrays.asList("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** A fresh browser profile: its own cookies, like a new visitor. */
    static Page newVisitor() {
        return running.browser.newContext(new Browser.NewContextOptions().setLocale("en-US")
                .setExtraHTTPHeaders(Collections.singletonMap("Accept-Language", "en-US"))).newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
