package io.concierge.storefront.kb;

import io.concierge.core.kb.search.GuideSearchResult;
import org.apache.commons.logging.Log;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletResponse;

/**
 * What every search page on the guide index answers (the guide search, the help center's search): the JSON body
 * of a result, and a 503 with a friendly message when the index cannot be reached, never a stack trace.
 */
public final class SearchResponses {

    public static final String UNAVAILABLE = "search is unavailable, please try again later";

    private SearchResponses() {
    }

    /** The result's figures with {@code hits} as the caller prints them. */
    public static Map<String, Object> json(GuideSearchResult result, List<?> hits) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("query", result.getText());
        body.put("page", result.getPage());
        body.put("pageSize", result.getPageSize());
        body.put("total", result.getTotal());
        body.put("suggestion", result.getSuggestion());
        body.put("hits", hits);
        return body;
    }

    /** Logs the failure and answers 503; the JSON body to send. */
    public static Map<String, Object> unavailable(Log log, RuntimeException failure, HttpServletResponse response) {
        log.error("Search failed", failure);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("error", UNAVAILABLE);
        return body;
    }
}
