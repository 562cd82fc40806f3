package io.concierge.storefront.helpcenter.faq;

import io.concierge.core.helpcenter.faq.FaqService;
import io.concierge.core.kb.GuideFeedbackLimits;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.search.GuideDocument;
import io.concierge.core.kb.search.GuideIndexException;
import io.concierge.core.kb.search.GuideSearchQuery;
import io.concierge.core.kb.search.GuideSearchResult;
import io.concierge.core.kb.search.GuideSearchService;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.core.kernel.RateLimitDecision;
import io.concierge.core.kernel.RateLimiter;
import io.concierge.storefront.kb.SearchResponses;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.Visitors;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Deflection for the case form: {@code GET /help/suggest?q=} gives the top {@value #SUGGESTIONS} answers (guides
 * and FAQ) for what the shopper types as the case's subject, as JSON, without counting content gaps; {@code POST
 * /help/suggest/solved} ({@code kind}, {@code id}, the CSRF token) counts "this solved it" for one answer: an FAQ
 * entry's solved count, or a guide's helpful vote. Both need the knowledge base installed (its index and limits);
 * without it they answer 404. One counted per answer and shopper, and at most
 * {@code concierge.kb.votes.maxPerAddress} per client address and window, as the knowledge base's votes.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class HelpCenterSuggestController {

    private static final Log LOG = LogFactory.getLog(HelpCenterSuggestController.class);
    static final int SUGGESTIONS = 3;

    @Autowired(required = false)
    @Qualifier("cncGuideSearchService")
    protected GuideSearchService searchService;

    @Resource(name = "cncFaqService")
    protected FaqService faqService;

    @Autowired(required = false)
    @Qualifier("cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncHelpSearchHits")
    protected HelpSearchHits hits;

    @Autowired(required = false)
    @Qualifier("cncGuideFeedbackLimits")
    protected GuideFeedbackLimits limits;

    @Resource(name = "cncRateLimiter")
    protected RateLimiter rateLimiter;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @Resource(name = "cncVisitors")
    protected Visitors visitors;

    @RequestMapping(value = "/help/suggest", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> suggest(@RequestParam(value = "q", defaultValue = "") String text,
                                       HttpServletRequest request, HttpServletResponse response) {
        if (searchService == null) {
            throw new PageNotFoundException();
        }
        visitors.ensure(request, response);
        try {
            GuideSearchResult result = searchService.suggestAllKinds(new GuideSearchQuery(text,
                    ShopperLocale.current().guideLanguage(), 1, SUGGESTIONS, clientAddresses.of(request)));
            return SearchResponses.json(result, hits.of(result));
        } catch (GuideIndexException unreachable) {
            return SearchResponses.unavailable(LOG, unreachable, response);
        }
    }

    @RequestMapping(value = "/help/suggest/solved", method = RequestMethod.POST, produces = "application/json")
    @ResponseBody
    public Map<String, Object> solved(@RequestParam(value = "kind", defaultValue = "") String kind,
                                      @RequestParam(value = "id", defaultValue = "") String id,
                                      HttpServletRequest request, HttpServletResponse response) {
        if (limits == null || guideService == null) {
            throw new PageNotFoundException();
        }
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        Long answerId = id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
        boolean faq = GuideDocument.FAQ.equals(kind);
        if (answerId == null || !(faq || GuideDocument.GUIDE.equals(kind))
                || (faq ? faqService.findPublished(answerId) == null : guideService.findById(answerId) == null)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            body.put("error", "unknown_answer");
            return body;
        }
        String shopper = visitors.shopper(request);
        String once = "solved|" + kind + "|" + answerId + "|" + shopper;
        if (shopper == null || !rateLimiter.tryAcquire(limits.votePerShopper(), once).isAllowed()) {
            body.put("counted", false);
            return body;
        }
        RateLimitDecision byAddress = rateLimiter.tryAcquire(limits.votesPerAddress(), clientAddresses.of(request));
        if (!byAddress.isAllowed()) {
            rateLimiter.release(limits.votePerShopper(), once);
            response.setStatus(429);
            body.put("error", "too_many");
            body.put("retryAfterMinutes", byAddress.getRetryAfterMinutes());
            return body;
        }
        boolean counted = faq ? faqService.recordSolved(answerId) : guideService.vote(answerId, true);
        if (counted && !faq) {
            faqService.recordGuideSolved(answerId);
        }
        body.put("counted", counted);
        return body;
    }
}
