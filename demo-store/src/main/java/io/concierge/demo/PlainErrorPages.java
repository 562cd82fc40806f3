package io.concierge.demo;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The error pages of last resort, for what Jetty answers itself: requests it rejects before any web application sees
 * them (a malformed URI such as {@code /%}, oversized headers) and errors a web application's own error pages could
 * not handle. A static page in the look of the storefront or of the admin, by the connector that took the request;
 * never Jetty's page, its version, the error message or a stack trace.
 */
final class PlainErrorPages extends ErrorPageErrorHandler {

    static final String ADMIN_CONNECTOR = "admin";

    PlainErrorPages() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    /** Jetty gives only GET, POST and HEAD an error page; a PUT or DELETE would get an empty answer. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message)
            throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("text/html;charset=utf-8");
        response.getWriter().write(page(isAdmin(baseRequest.getHttpChannel().getConnector()), code));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        HttpConnection connection = HttpConnection.getCurrentConnection();
        boolean admin = connection != null && isAdmin(connection.getConnector());
        fields.put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        return BufferUtil.toBuffer(page(admin, status), StandardCharsets.UTF_8);
    }

    private static boolean isAdmin(Connector connector) {
        return connector != null && ADMIN_CONNECTOR.equals(connector.getName());
    }

    static String page(boolean admin, int status) {
        if (admin) {
            String title = status >= 500 ? "Something went wrong" : "This request could not be handled";
            return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title></head>\n<body style=\"font-family:sans-serif;background:#f4f4f4\">"
                    + "<div class=\"basic-form\" style=\"max-width:30em;margin:4em auto;padding:2em;background:#fff\">"
                    + "<div class=\"logo\"><img src=\"/admin/img/admin/blc-logo-150.png\" alt=\"\"></div>"
                    + "<h1>" + title + "</h1><p><a href=\"/admin/\">Back to the admin</a></p></div></body></html>\n";
        }
        // The storefront's own words (English: nothing of the request, not even its language, can be trusted here).
        ResourceBundle texts = ResourceBundle.getBundle("messages/DemoStoreMessages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String key = status == 400 ? "error.badRequest" : status == 404 ? "error.notFound"
                : status >= 500 ? "error.server" : "error.other";
        String title = texts.getString(key + ".title");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " · "
                + texts.getString("store.name") + "</title><link rel=\"stylesheet\" href=\"/css/store.css\"></head>\n"
                + "<body><header class=\"top\"><a class=\"brand\" href=\"/\">" + texts.getString("store.name")
                + "</a></header><main><h1>" + title + "</h1><p>" + texts.getString(key + ".text") + "</p><p><a href=\"/\">"
                + texts.getString("error.home") + "</a></p></main></body></html>\n";
    }
}
