package io.concierge.demo;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the demo store listens, which database it uses and where it keeps its data (search indexes, signing secret).
 * Read from system properties, with defaults that run everything on this machine: storefront on 127.0.0.1:8080,
 * admin on 127.0.0.1:8081, an HSQLDB file database and embedded Solr in {@code data/} (relative to the working
 * directory).
 */
public final class DemoStoreConfig {

    final String host;
    final int sitePort;
    final int adminPort;
    final String dbUrl;
    final String dbDriver;
    final String dbUser;
    final String dbPassword;
    final String dbDialect;
    final String dbValidationQuery;
    /** The store's own files: embedded Solr homes and the preview-link secret (and the HSQLDB files by default). */
    final File dataDir;
    /** Home of the embedded Solr; unused when {@link #solrUrl} is set. */
    final File solrHome;
    /** Base URL of a remote Solr (e.g. {@code http://solr:8983/solr}), or empty for the embedded one. */
    final String solrUrl;

    public DemoStoreConfig(String host, int sitePort, int adminPort, String dbUrl, String dbDriver, String dbUser,
                           String dbPassword, String dbDialect, String dbValidationQuery, File dataDir,
                           String solrUrl) {
        this.host = host;
        this.sitePort = sitePort;
        this.adminPort = adminPort;
        this.dbUrl = dbUrl;
        this.dbDriver = dbDriver;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.dbDialect = dbDialect;
        this.dbValidationQuery = dbValidationQuery;
        this.dataDir = dataDir.getAbsoluteFile();
        this.solrHome = new File(this.dataDir, "solr");
        this.solrUrl = solrUrl.trim();
    }

    /** The embedded HSQLDB and Solr default, with their data in {@code dataDir}; port 0 picks a free port. */
    public static DemoStoreConfig embedded(String host, int sitePort, int adminPort, File dataDir) {
        return new DemoStoreConfig(host, sitePort, adminPort, embeddedDatabaseUrl(dataDir), "org.hsqldb.jdbcDriver",
                "sa", "", "org.hibernate.dialect.HSQLDialect", validationQueryFor("org.hsqldb.jdbcDriver"),
                dataDir, "");
    }

    /** The embedded default, each part overridable by a {@code concierge.*} system property (see the README). */
    public static DemoStoreConfig fromSystemProperties() {
        File dataDir = new File(System.getProperty("concierge.data.dir", "data")).getAbsoluteFile();
        DemoStoreConfig defaults = embedded(System.getProperty("concierge.host", "127.0.0.1"),
                Integer.getInteger("concierge.site.port", 8080), Integer.getInteger("concierge.admin.port", 8081),
                dataDir);
        String driver = System.getProperty("concierge.db.driver", defaults.dbDriver);
        return new DemoStoreConfig(defaults.host, defaults.sitePort, defaults.adminPort,
                System.getProperty("concierge.db.url", defaults.dbUrl), driver,
                System.getProperty("concierge.db.user", defaults.dbUser),
                System.getProperty("concierge.db.password", defaults.dbPassword),
                System.getProperty("concierge.db.dialect", defaults.dbDialect),
                System.getProperty("concierge.db.validationQuery", validationQueryFor(driver)),
                defaults.dataDir, System.getProperty("concierge.solr.url", defaults.solrUrl));
    }

    /** HSQLDB's own statement; {@code SELECT 1} for the others (PostgreSQL, MySQL, MariaDB). */
    static String validationQueryFor(String driver) {
        return driver.contains("hsqldb") ? "VALUES (1)" : "SELECT 1";
    }

    /** An HSQLDB file database in {@code dataDir}; committed rows reach the disk at once. */
    public static String embeddedDatabaseUrl(File dataDir) {
        return "jdbc:hsqldb:file:" + new File(dataDir, "concierge").getPath() + ";hsqldb.write_delay=false";
    }

    /** Hands the settings to the Spring contexts, whose property files refer to them as placeholders. */
    void exportToSystemProperties(String schemaAction) {
        System.setProperty("concierge.db.url", dbUrl);
        System.setProperty("concierge.db.driver", dbDriver);
        System.setProperty("concierge.db.user", dbUser);
        System.setProperty("concierge.db.password", dbPassword);
        System.setProperty("concierge.db.dialect", dbDialect);
        System.setProperty("concierge.db.validationQuery", dbValidationQuery);
        System.setProperty("concierge.demo.schema", schemaAction);
        System.setProperty("concierge.solr.home", solrHome.getPath());
        System.setProperty("concierge.solr.url", solrUrl);
        if (System.getProperty("concierge.search.solr.home") == null) {
            // Concierge's guide index beside the product index, so it persists with the rest of the demo's data.
            System.setProperty("concierge.search.solr.home", new File(dataDir, "guide-search").getPath());
        }
    }

    /** Closes an embedded HSQLDB cleanly, so the next start does not replay its log. */
    void shutdownEmbeddedDatabase() {
        if (!dbUrl.startsWith("jdbc:hsqldb:file:")) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            System.err.println("Concierge demo store: could not close the embedded database: " + e.getMessage());
        }
    }
}
