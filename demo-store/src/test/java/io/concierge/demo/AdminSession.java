package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** A merchant signed in to the Broadleaf admin over HTTP, as a browser would be: session cookie and CSRF token. */
final class AdminSession {

    private final String adminUrl;
    private final Map<String, String> cookies = new HashMap<String, String>();

    private AdminSession(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    /** Signs in; the returned response is the end of the login redirect chain. */
    static Connection.Response signIn(String adminUrl, String user, String password, AdminSession session)
            throws IOException {
        Connection.Response loginPage = Jsoup.connect(adminUrl + "/login").execute();
        session.cookies.putAll(loginPage.cookies());
        String token = loginPage.parse().select("input[name=csrfToken]").val();
        Connection.Response response = Jsoup.connect(adminUrl + "/login_admin_post")
                .cookies(session.cookies)
                .data("j_username", user, "j_password", password, "csrfToken", token)
                .method(Connection.Method.POST)
                .followRedirects(true)
                .ignoreHttpErrors(true)
                .execute();
        session.cookies.putAll(response.cookies());
        return response;
    }

    static AdminSession signInAsAdmin(String adminUrl) throws IOException {
        AdminSession session = new AdminSession(adminUrl);
        Connection.Response response = signIn(adminUrl, "admin", "admin", session);
        if (!response.url().getPath().endsWith("/admin/") && response.url().getPath().contains("login")) {
            throw new IllegalStateException("admin/admin was refused: " + response.url());
        }
        return session;
    }

    static AdminSession anonymous(String adminUrl) {
        return new AdminSession(adminUrl);
    }

    Document get(String path) throws IOException {
        return connect(path).get();
    }

    /** A request to the admin at {@code path} in this session; nothing is sent until it is executed. */
    Connection connect(String path) {
        return Jsoup.connect(adminUrl + path).cookies(cookies);
    }

    /**
     * Posts {@code data} with the session's CSRF token, read from the page at {@code tokenPage}, as the admin's
     * scripts do for list-grid actions (adding a tag, removing a row).
     */
    Connection.Response post(String path, String tokenPage, Map<String, String> data) throws IOException {
        String token = get(tokenPage).select("input[name=csrfToken]").val();
        return connect(path).method(Connection.Method.POST).ignoreHttpErrors(true).ignoreContentType(true).data(data)
                .data("csrfToken", token).execute();
    }

    /**
     * Submits the admin's own form at {@code path} (an edit page, or an add dialog) with some fields changed, as a
     * merchant clicking "Save" would: every other field is sent as the form shows it.
     */
    Connection.Response saveForm(String path, Map<String, String> changedFields) throws IOException {
        Document form = get(path);
        Connection post = connect(path).method(Connection.Method.POST).followRedirects(true).ignoreHttpErrors(true);
        for (org.jsoup.nodes.Element input : form.select("form.entity-form input[name]")) {
            String type = input.attr("type");
            if (("radio".equals(type) || "checkbox".equals(type)) && !input.hasAttr("checked")) {
                continue;
            }
            addUnlessChanged(post, changedFields, input.attr("name"), input.val());
        }
        for (org.jsoup.nodes.Element textarea : form.select("form.entity-form textarea[name]")) {
            addUnlessChanged(post, changedFields, textarea.attr("name"), textarea.val());
        }
        for (org.jsoup.nodes.Element select : form.select("form.entity-form select[name]")) {
            addUnlessChanged(post, changedFields, select.attr("name"), select.select("option[selected]").val());
        }
        for (Map.Entry<String, String> change : changedFields.entrySet()) {
            post.data("fields['" + change.getKey() + "'].value", change.getValue());
        }
        return post.execute();
    }

    /** Turns a capability on or off under Customer Service › Capabilities, as a merchant would: its row, then Save. */
    Connection.Response switchCapability(String key, boolean on) throws IOException {
        return saveForm(capabilitySwitchPath(key), Collections.singletonMap("enabled", String.valueOf(on)));
    }

    /** The edit page of a capability's switch, found in the section's list by its key column. */
    String capabilitySwitchPath(String key) throws IOException {
        String contextPath = new URL(adminUrl).getPath();
        for (org.jsoup.nodes.Element row : get("/concierge-capabilities").select("#listGrid-main tr[data-link]")) {
            if (row.select("td").eachText().contains(key)) {
                return row.attr("data-link").substring(contextPath.length());
            }
        }
        throw new IllegalStateException("the Capabilities section lists no capability " + key);
    }

    private static void addUnlessChanged(Connection post, Map<String, String> changedFields, String name,
                                         String value) {
        if (!changedFields.containsKey(fieldName(name))) {
            post.data(name, value);
        }
    }

    private static String fieldName(String inputName) {
        return inputName.startsWith("fields['") ? inputName.substring(8, inputName.indexOf("']")) : inputName;
    }
}
