package io.concierge.storefront.helpcenter.faq;

import io.concierge.core.helpcenter.faq.FaqEntry;
import io.concierge.core.helpcenter.faq.FaqProductLink;
import io.concierge.core.helpcenter.faq.FaqService;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.search.GuideIndexException;
import io.concierge.core.kb.search.GuideSearchQuery;
import io.concierge.core.kb.search.GuideSearchResult;
import io.concierge.core.kb.search.GuideSearchService;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.core.kernel.HtmlSanitizer;
import io.concierge.storefront.kb.PageNumbers;
import io.concierge.storefront.kb.SearchResponses;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import io.concierge.storefront.kernel.ShopperLocale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/**
 * The help center's front door, {@code /help}: one search over guides and FAQ, the most read answers, the FAQ of
 * the shopper's language, and the ways to the order lookup, the shopper's orders and contact. {@code /help/search}
 * answers HTML, or JSON for {@code Accept: application/json}; {@code /help/faq/{id}} is one published entry.
 * Guides take part only while the knowledge base is installed and on.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class HelpCenterSearchController {

    private static final Log LOG = LogFactory.getLog(HelpCenterSearchController.class);
    static final int PAGE_SIZE = 10;
    static final int MOST_READ = 5;
    /** A session remembers the entries it viewed: one view per entry and session, no write for a reload. */
    static final String VIEWED = HelpCenterSearchController.class.getName() + ".viewed";

    @Resource(name = "cncFaqService")
    protected FaqService faqService;

    @Autowired(required = false)
    @Qualifier("cncGuideSearchService")
    protected GuideSearchService searchService;

    @Autowired(required = false)
    @Qualifier("cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncHelpSearchHits")
    protected HelpSearchHits hits;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @RequestMapping(value = "/help", method = RequestMethod.GET)
    public String home(Model model) {
        String language = ShopperLocale.current().guideLanguage();
        List<Guide> guides = hits.guidesOn() ? guideService.findMostViewed(language, MOST_READ, new Date())
                : Collections.<Guide>emptyList();
        model.addAttribute("query", "");
        model.addAttribute("mostRead", HelpAnswers.mostRead(guides, faqService.mostViewed(language, MOST_READ),
                MOST_READ));
        model.addAttribute("faq", byCategory(faqService.listPublished(language)));
        return "helpcenter/faq/home";
    }

    @RequestMapping(value = "/help/search", method = RequestMethod.GET)
    public String page(@RequestParam(value = "q", defaultValue = "") String text,
                       @RequestParam(value = "page", defaultValue = "1") String page,
                       Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("query", text);
        try {
            GuideSearchResult result = search(text, page, request);
            model.addAttribute("results", result);
            model.addAttribute("hits", hits.of(result));
        } catch (GuideIndexException unreachable) {
            SearchResponses.unavailable(LOG, unreachable, response);
            model.addAttribute("searchUnavailable", true);
        }
        return "helpcenter/faq/search";
    }

    @RequestMapping(value = "/help/search", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> json(@RequestParam(value = "q", defaultValue = "") String text,
                                    @RequestParam(value = "page", defaultValue = "1") String page,
                                    HttpServletRequest request, HttpServletResponse response) {
        try {
            GuideSearchResult result = search(text, page, request);
            return SearchResponses.json(result, hits.of(result));
        } catch (GuideIndexException unreachable) {
            return SearchResponses.unavailable(LOG, unreachable, response);
        }
    }

    @RequestMapping(value = "/help/faq/{id:[0-9]{1,18}}", method = RequestMethod.GET)
    public String entry(@PathVariable("id") long id, Model model, HttpSession session) {
        FaqEntry entry = faqService.findPublished(id);
        if (entry == null) {
            throw new PageNotFoundException();
        }
        if (firstViewInSession(session, id)) {
            faqService.recordView(id);
        }
        List<Map<String, String>> products = new ArrayList<Map<String, String>>();
        for (FaqProductLink link : entry.getProductLinks()) {
            Map<String, String> product = new LinkedHashMap<String, String>();
            product.put("name", link.getProduct().getName());
            product.put("url", link.getProduct().getUrl());
            products.add(product);
        }
        model.addAttribute("entry", entry);
        // Sanitized when saved, and again here: a row written around the service (SQL, an import) is printed safe too.
        model.addAttribute("answerHtml", HtmlSanitizer.sanitize(entry.getAnswer()));
        model.addAttribute("products", products);
        return "helpcenter/faq/entry";
    }

    private GuideSearchResult search(String text, String page, HttpServletRequest request) {
        GuideSearchQuery query = new GuideSearchQuery(text, ShopperLocale.current().guideLanguage(),
                PageNumbers.parse(page), PAGE_SIZE, clientAddresses.of(request));
        if (searchService == null) {
            throw new GuideIndexException("The knowledge base's search index is not installed", null);
        }
        return searchService.searchAllKinds(query);
    }

    private static boolean firstViewInSession(HttpSession session, long id) {
        synchronized (session) {
            @SuppressWarnings("unchecked")
            Set<Long> viewed = (Set<Long>) session.getAttribute(VIEWED);
            if (viewed == null) {
                viewed = new HashSet<Long>();
            }
            boolean first = viewed.add(id);
            if (first) {
                session.setAttribute(VIEWED, viewed);
            }
            return first;
        }
    }

    /** Category heading (may be empty) to its entries, in the order read. */
    static Map<String, List<FaqEntry>> byCategory(List<FaqEntry> entries) {
        Map<String, List<FaqEntry>> grouped = new LinkedHashMap<String, List<FaqEntry>>();
        for (FaqEntry entry : entries) {
            String category = entry.getCategory() == null ? "" : entry.getCategory();
            List<FaqEntry> list = grouped.get(category);
            if (list == null) {
                list = new ArrayList<FaqEntry>();
                grouped.put(category, list);
            }
            list.add(entry);
        }
        return grouped;
    }
}
