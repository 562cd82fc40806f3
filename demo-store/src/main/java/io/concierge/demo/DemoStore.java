package io.concierge.demo;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.webapp.WebAppContext;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import java.io.IOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Runs the Concierge demo store: the storefront and the Broadleaf admin as two web applications in one embedded
 * Jetty, on one database. The admin starts first and owns the schema: on a new database it creates the tables and
 * loads the admin, Concierge and demo rows; on an existing one it only updates the schema, so data survives
 * restarts.
 */
public final class DemoStore {

    private final DemoStoreConfig config;
    private Server server;
    private WebAppContext siteApp;
    private DemoMailServer mailServer;

    public DemoStore(DemoStoreConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        DemoStore store = new DemoStore(DemoStoreConfig.fromSystemProperties());
        try {
            store.start();
        } catch (StartupFailure failure) {
            System.err.println("Concierge demo store did not start: " + failure.getMessage());
            store.stopQuietly();
            System.exit(1);
        }
        System.out.println("Concierge demo store is running:");
        System.out.println("  storefront  http://" + store.config.host + ":" + store.sitePort() + "/");
        System.out.println("  admin       http://" + store.config.host + ":" + store.adminPort() + "/admin  (admin / admin)");
        Runtime.getRuntime().addShutdownHook(new Thread(store::stopQuietly, "demo-store-stop"));
    }

    static final int REQUEST_HEADER_BYTES = 32 * 1024;

    public void start() throws StartupFailure {
        long started = System.nanoTime();
        boolean newDatabase = checkDatabase();
        config.exportToSystemProperties(newDatabase ? "create" : "update");

        server = new Server();
        // Requests Jetty rejects before any web application (e.g. GET /%) get the store's page, not Jetty's.
        server.addBean(new PlainErrorPages());
        ServerConnector site = connector("site", config.sitePort);
        ServerConnector admin = connector(PlainErrorPages.ADMIN_CONNECTOR, config.adminPort);
        server.setConnectors(new Connector[] {site, admin});
        try {
            // Bound now, so that the admin's storefront links (guide previews) know the storefront's real port.
            site.open();
        } catch (IOException e) {
            throw new StartupFailure("cannot listen on " + config.host + ":" + config.sitePort + ": " + e.getMessage(), e);
        }
        if (System.getProperty("concierge.storefront.url") == null) {
            System.setProperty("concierge.storefront.url", "http://" + config.host + ":" + site.getLocalPort());
        }
        keepSecret("concierge.preview.secret", DemoSecret.PREVIEW_FILE_NAME, "preview secret");
        keepSecret("concierge.orders.webhook.secret", DemoSecret.WEBHOOK_FILE_NAME, "webhook secret");
        keepSecret("concierge.cases.secret", DemoSecret.CASES_FILE_NAME, "case link secret");
        keepSecret("concierge.survey.secret", DemoSecret.SURVEY_FILE_NAME, "survey link secret");
        if (System.getProperty("concierge.mail.host") == null) {
            try {
                mailServer = DemoMailServer.start(config.host, Integer.getInteger("concierge.demo.mail.port", 0));
            } catch (IOException e) {
                throw new StartupFailure("cannot start the demo mail server: " + e.getMessage(), e);
            }
            System.setProperty("concierge.mail.host", config.host);
            System.setProperty("concierge.mail.port", String.valueOf(mailServer.port()));
        }

        ContextHandlerCollection contexts = new ContextHandlerCollection();
        // Jetty starts contexts in the order given: the admin prepares the schema before the storefront reads it.
        contexts.addHandler(webApp("admin", "/admin", "@admin"));
        siteApp = webApp("site", "/", "@site");
        contexts.addHandler(siteApp);
        server.setHandler(contexts);
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            throw new StartupFailure(rootCauseMessage(e), e);
        }
        System.out.printf("Concierge demo store started in %.1f s (%s database)%n",
                (System.nanoTime() - started) / 1e9, newDatabase ? "new" : "existing");
    }

    public int sitePort() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public int adminPort() {
        return ((ServerConnector) server.getConnectors()[1]).getLocalPort();
    }

    /** The storefront's root Spring context, for tools that drive Concierge's services in the running store. */
    public ApplicationContext siteContext() {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(siteApp.getServletContext());
    }

    public void stopQuietly() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            System.err.println("Concierge demo store: error while stopping: " + e.getMessage());
        }
        server = null;
        if (mailServer != null) {
            mailServer.stop();
            mailServer = null;
        }
        config.shutdownEmbeddedDatabase();
    }

    private ServerConnector connector(String name, int port) {
        HttpConfiguration http = new HttpConfiguration();
        // Room for long search queries in a GET (Jetty's default 8 KB answers a 10 000-character query with 414).
        http.setRequestHeaderSize(REQUEST_HEADER_BYTES);
        // No "Server: Jetty(version)" header: the version only helps an attacker pick an exploit.
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setName(name);
        connector.setHost(config.host);
        connector.setPort(port);
        return connector;
    }

    private WebAppContext webApp(String name, String contextPath, String connector) throws StartupFailure {
        URL base = DemoStore.class.getClassLoader().getResource("webapps/" + name);
        if (base == null) {
            throw new StartupFailure("web application folder webapps/" + name + " is not on the classpath", null);
        }
        WebAppContext webApp = new WebAppContext();
        webApp.setContextPath(contextPath);
        webApp.setBaseResource(Resource.newResource(base));
        webApp.setVirtualHosts(new String[] {connector});
        // Every class and template comes from the application class path (Maven's), not from WEB-INF/lib.
        webApp.setParentLoaderPriority(true);
        webApp.setThrowUnavailableOnStartupException(true);
        webApp.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        // Holds the web.xml error pages; what they cannot answer gets a static page instead of Jetty's.
        webApp.setErrorHandler(new PlainErrorPages());
        return webApp;
    }

    /** Fails fast, with one line, when the database cannot be reached; tells whether it is still empty. */
    private boolean checkDatabase() throws StartupFailure {
        try {
            Class.forName(config.dbDriver);
        } catch (ClassNotFoundException e) {
            throw new StartupFailure("JDBC driver " + config.dbDriver + " is not on the classpath", e);
        }
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(config.dbUrl, config.dbUser, config.dbPassword)) {
            return !hasTable(connection, "BLC_ADMIN_USER");
        } catch (SQLException e) {
            throw new StartupFailure("cannot open database " + config.dbUrl + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        for (String name : new String[] {table, table.toLowerCase()}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A secret the store's configuration leaves unset: the one kept in the data directory (made at the first start). */
    private void keepSecret(String property, String fileName, String what) throws StartupFailure {
        if (System.getProperty(property) == null) {
            try {
                System.setProperty(property, DemoSecret.in(config.dataDir, fileName));
            } catch (IOException e) {
                throw new StartupFailure("cannot keep the " + what + " in " + config.dataDir + ": " + e.getMessage(), e);
            }
        }
    }

    private static String rootCauseMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + firstLine(message));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.split("\n")[0].trim();
    }

    /** Why the demo store could not start, in one line. */
    public static final class StartupFailure extends Exception {
        private static final long serialVersionUID = 1L;

        StartupFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

}
