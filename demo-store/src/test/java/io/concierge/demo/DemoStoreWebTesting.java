package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/** What the web tests share: the demo store on free ports with a new data directory, and plain HTTP GETs. */
final class DemoStoreWebTesting {

    private DemoStoreWebTesting() {
    }

    /** A new, empty data directory: the store creates its database and Solr index there. */
    static File newDataDir() throws IOException {
        return Files.createTempDirectory("concierge-demo-it").toFile();
    }

    static DemoStore startOn(File dataDir) throws DemoStore.StartupFailure {
        DemoStore started = new DemoStore(DemoStoreConfig.embedded("127.0.0.1", 0, 0, dataDir));
        started.start();
        return started;
    }

    /** A GET whose status and body the test inspects, whatever they are. */
    static Connection.Response fetch(String url) throws IOException {
        return Jsoup.connect(url).ignoreHttpErrors(true).ignoreContentType(true).execute();
    }
}
