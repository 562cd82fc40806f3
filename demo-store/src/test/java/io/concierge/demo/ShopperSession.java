package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser session on the storefront or the admin: cookies kept, forms posted with the CSRF token of the last
 * page seen. It follows redirects as a browser does, or, {@link #stepByStep}, stops at each one to be inspected.
 */
final class ShopperSession {

    private final String base;
    private final boolean followRedirects;
    private final Map<String, String> cookies = new HashMap<String, String>();
    private String csrfToken;

    ShopperSession(String base) {
        this(base, true);
    }

    private ShopperSession(String base, boolean followRedirects) {
        this.base = base;
        this.followRedirects = followRedirects;
    }

    /** A session that follows no redirect. */
    static ShopperSession stepByStep(String base) {
        return new ShopperSession(base, false);
    }

    /** Takes over an existing session id, as a thief holding it would. */
    ShopperSession withSession(String sessionId) {
        cookies.put("JSESSIONID", sessionId);
        return this;
    }

    String cookie(String name) {
        return cookies.get(name);
    }

    Connection.Response get(String path) throws IOException {
        return request(path, Connection.Method.GET);
    }

    Document page(String path) throws IOException {
        return get(path).parse();
    }

    Connection.Response request(String path, Connection.Method method) throws IOException {
        Connection.Response response = remember(connect(path).method(method).execute());
        List<String> token = response.parse().select("input[name=csrfToken]").eachAttr("value");
        if (!token.isEmpty() && !token.get(0).isEmpty()) {
            csrfToken = token.get(0);
        }
        return response;
    }

    /** Posts a form with the CSRF token of the last page seen. */
    Connection.Response post(String path, String... fieldsAndValues) throws IOException {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("csrfToken", csrfToken);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return postExactly(path, fields);
    }

    Connection.Response postExactly(String path, Map<String, String> fields) throws IOException {
        return remember(connect(path).method(Connection.Method.POST).data(fields).execute());
    }

    /** Signs in on the storefront's form (a step-by-step session: the answer is the redirect to the account). */
    void signInShopper(String email, String password) throws IOException {
        get("/login");
        Connection.Response response = post("/login_post", "j_username", email, "j_password", password);
        assertThat(response.header("Location")).endsWith("/account");
    }

    /** Signs in on the admin's form as admin/admin (a step-by-step session). */
    void signInAdmin() throws IOException {
        get("/login");
        Connection.Response response = post("/login_admin_post", "j_username", "admin", "j_password", "admin");
        assertThat(response.header("Location")).doesNotContain("login_error");
    }

    /** Paths may be given relative to the application, or as the absolute URLs that redirects name. */
    private Connection connect(String path) {
        String relative = path.startsWith(base) ? path.substring(base.length()) : path;
        if (base.endsWith("/admin") && relative.startsWith("/admin/")) {
            relative = relative.substring("/admin".length());
        }
        return Jsoup.connect(base + relative).cookies(cookies).followRedirects(followRedirects)
                .ignoreHttpErrors(true).ignoreContentType(true);
    }

    private Connection.Response remember(Connection.Response response) throws IOException {
        response.bufferUp();
        cookies.putAll(response.cookies());
        return response;
    }
}
