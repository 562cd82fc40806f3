package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One shopper's browser session on the storefront: cookies kept, forms posted with the page's CSRF token. */
final class ShopperSession {

    private final String site;
    private final Map<String, String> cookies = new HashMap<String, String>();
    private String csrfToken;

    ShopperSession(String site) {
        this.site = site;
    }

    Connection.Response get(String path) throws IOException {
        Connection.Response response = Jsoup.connect(site + path).cookies(cookies)
                .ignoreHttpErrors(true).followRedirects(true).execute().bufferUp();
        cookies.putAll(response.cookies());
        String token = response.parse().select("input[name=csrfToken]").val();
        if (!token.isEmpty()) {
            csrfToken = token;
        }
        return response;
    }

    Document page(String path) throws IOException {
        return get(path).parse();
    }

    /** Posts a form with the CSRF token of the last page seen and follows the redirect, as a browser does. */
    Connection.Response post(String path, String... fieldsAndValues) throws IOException {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("csrfToken", csrfToken);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return postExactly(path, fields);
    }

    Connection.Response postExactly(String path, Map<String, String> fields) throws IOException {
        Connection.Response response = Jsoup.connect(site + path).cookies(cookies).data(fields)
                .method(Connection.Method.POST).ignoreHttpErrors(true).followRedirects(true).execute().bufferUp();
        cookies.putAll(response.cookies());
        return response;
    }
}
