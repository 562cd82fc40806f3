package io.concierge.storefront.kb;

import io.concierge.core.kb.KnowledgeBase;
import io.concierge.core.kb.search.GuideIndexException;
import io.concierge.core.kb.search.GuideSearchHit;
import io.concierge.core.kb.search.GuideSearchQuery;
import io.concierge.core.kb.search.GuideSearchResult;
import io.concierge.core.kb.search.GuideSearchService;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.ShopperLocale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Guide search in the shopper's language: an HTML page, or JSON for {@code Accept: application/json} (headless
 * storefronts). Any query is answered; an unreachable index is a 503 with a friendly message, never a stack trace.
 */
@Controller
@CapabilityRoutes(KnowledgeBase.KEY)
public class GuideSearchController {

    private static final Log LOG = LogFactory.getLog(GuideSearchController.class);
    static final int PAGE_SIZE = 10;

    @Resource(name = "cncGuideSearchService")
    protected GuideSearchService searchService;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @RequestMapping(value = "/guides/search", method = RequestMethod.GET)
    public String page(@RequestParam(value = "q", defaultValue = "") String text,
                       @RequestParam(value = "page", defaultValue = "1") String page,
                       Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("query", text);
        try {
            model.addAttribute("results", search(text, page, request));
        } catch (GuideIndexException unreachable) {
            SearchResponses.unavailable(LOG, unreachable, response);
            model.addAttribute("searchUnavailable", true);
        }
        return "kb/search";
    }

    @RequestMapping(value = "/guides/search", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> json(@RequestParam(value = "q", defaultValue = "") String text,
                                    @RequestParam(value = "page", defaultValue = "1") String page,
                                    HttpServletRequest request, HttpServletResponse response) {
        try {
            GuideSearchResult result = search(text, page, request);
            List<Map<String, Object>> hits = new ArrayList<Map<String, Object>>();
            for (GuideSearchHit hit : result.getHits()) {
                Map<String, Object> json = new LinkedHashMap<String, Object>();
                json.put("slug", hit.getSlug());
                json.put("url", "/guides/" + hit.getSlug());
                json.put("title", hit.getTitle());
                json.put("locale", hit.getLocale());
                json.put("snippetHtml", hit.getSnippetHtml());
                hits.add(json);
            }
            return SearchResponses.json(result, hits);
        } catch (GuideIndexException unreachable) {
            return SearchResponses.unavailable(LOG, unreachable, response);
        }
    }

    /** The client address goes with the search: a content gap counts each client once. */
    private GuideSearchResult search(String text, String page, HttpServletRequest request) {
        return searchService.search(new GuideSearchQuery(text, ShopperLocale.current().guideLanguage(),
                PageNumbers.parse(page), PAGE_SIZE, clientAddresses.of(request)));
    }
}
