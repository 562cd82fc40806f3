package io.concierge.storefront.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideCategory;
import io.concierge.core.kb.GuideCategoryService;
import io.concierge.core.kb.GuideFeedbackLimits;
import io.concierge.core.kb.GuidePage;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.GuideTag;
import io.concierge.core.kb.GuideTagService;
import io.concierge.core.kb.KnowledgeBase;
import io.concierge.core.kb.KnowledgeBaseOptionsImpl;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.core.kernel.RateLimitDecision;
import io.concierge.core.kernel.RateLimiter;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.kernel.StorefrontUrl;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.Visitors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The knowledge base's pages: the guide listing (all, by category, by tag), a guide, and its "was this helpful?"
 * vote. Shoppers see only published guides whose time has come, in their own language in listings.
 * <p>
 * Votes and views resist stuffing: one vote per guide and shopper ({@link Visitors}: the customer, or the visitor
 * cookie) and at most {@code concierge.kb.votes.maxPerAddress} counted votes per client address and
 * {@code concierge.kb.votes.windowMinutes}; a view counts only for a visitor who already carries the visitor cookie
 * (a client that drops cookies never counts), once per guide and {@code concierge.kb.views.intervalMinutes}, and at
 * most {@code concierge.kb.views.maxPerAddress} visitors' views per guide, client address and interval.
 */
@Controller
@CapabilityRoutes(KnowledgeBase.KEY)
public class GuidePagesController {

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncGuideCategoryService")
    protected GuideCategoryService categoryService;

    @Resource(name = "cncGuideTagService")
    protected GuideTagService tagService;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Resource(name = "cncStorefrontUrl")
    protected StorefrontUrl storefrontUrl;

    @Resource(name = "cncGuidePreviews")
    protected GuidePreviews previews;

    @Resource(name = "cncRateLimiter")
    protected RateLimiter rateLimiter;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @Resource(name = "cncVisitors")
    protected Visitors visitors;

    @Resource(name = "cncGuideFeedbackLimits")
    protected GuideFeedbackLimits limits;

    @RequestMapping(value = "/guides", method = RequestMethod.GET)
    public String all(@RequestParam(value = "page", defaultValue = "1") String page, Model model) {
        return listing(model, page, null, null, "/guides");
    }

    @RequestMapping(value = "/guides/category/{slug}", method = RequestMethod.GET)
    public String byCategory(@PathVariable("slug") String slug,
                             @RequestParam(value = "page", defaultValue = "1") String page, Model model) {
        GuideCategory category = categoryService.findBySlug(slug);
        if (category == null) {
            throw new PageNotFoundException();
        }
        model.addAttribute("category", category);
        return listing(model, page, category.getSlug(), null, "/guides/category/" + category.getSlug());
    }

    @RequestMapping(value = "/guides/tag/{slug}", method = RequestMethod.GET)
    public String byTag(@PathVariable("slug") String slug,
                        @RequestParam(value = "page", defaultValue = "1") String page, Model model) {
        GuideTag tag = tagService.findBySlug(slug);
        if (tag == null) {
            throw new PageNotFoundException();
        }
        model.addAttribute("tag", tag);
        return listing(model, page, null, tag.getSlug(), "/guides/tag/" + tag.getSlug());
    }

    /** A guide shoppers may read now; or, with a valid preview token from the admin, any guide (not counted). */
    @RequestMapping(value = "/guides/{slug}", method = RequestMethod.GET)
    public String guide(@PathVariable("slug") String slug,
                        @RequestParam(value = "preview", required = false) String previewToken,
                        HttpServletRequest request, HttpServletResponse response, Model model) {
        Date now = new Date();
        Guide guide = previewToken == null ? guideService.findVisibleBySlug(slug, now)
                : previews.find(slug, previewToken, now);
        if (guide == null) {
            throw new PageNotFoundException();
        }
        String voter = visitors.shopper(request);
        if (previewToken == null) {
            countView(guide.getId(), request);
            visitors.ensure(request, response);
        } else {
            model.addAttribute("preview", guide.getStatus().getFriendlyType());
        }
        ShopperLocale shopper = ShopperLocale.current();
        model.addAttribute("guide", new GuideArticle(guide, shopper, storefrontUrl.base()));
        model.addAttribute("related", cards(guideService.findRelatedVisible(guide.getId(), now), shopper));
        model.addAttribute("voted", voter != null
                && !rateLimiter.check(limits.votePerShopper(), guide.getId() + "|" + voter).isAllowed());
        return "kb/guide";
    }

    /**
     * One vote per guide and shopper; a second one, or one from a browser without cookies, is thanked but not
     * counted. Past the client address's limit, the shopper is told when to vote again.
     */
    @RequestMapping(value = "/guides/{slug}/vote", method = RequestMethod.POST)
    public String vote(@PathVariable("slug") String slug, @RequestParam(value = "helpful", defaultValue = "") String helpful,
                       HttpServletRequest request, RedirectAttributes flash) {
        Guide guide = guideService.findVisibleBySlug(slug, new Date());
        if (guide == null) {
            throw new PageNotFoundException();
        }
        if (!"yes".equals(helpful) && !"no".equals(helpful)) {
            flash.addFlashAttribute("voteProblem", "kb.vote.problem");
        } else {
            RateLimitDecision tooMany = countVote(guide.getId(), "yes".equals(helpful), request);
            if (tooMany == null) {
                flash.addFlashAttribute("voteThanks", true);
            } else {
                flash.addFlashAttribute("voteProblem", "kb.vote.tooMany");
                flash.addFlashAttribute("voteRetryMinutes", tooMany.getRetryAfterMinutes());
            }
        }
        return "redirect:/guides/" + guide.getSlug();
    }

    /** Null when counted or not to be counted; the refusal when the client address voted too often. */
    private RateLimitDecision countVote(long guideId, boolean helpful, HttpServletRequest request) {
        String shopper = visitors.shopper(request);
        String once = guideId + "|" + shopper;
        if (shopper == null || !rateLimiter.tryAcquire(limits.votePerShopper(), once).isAllowed()) {
            return null;
        }
        RateLimitDecision byAddress = rateLimiter.tryAcquire(limits.votesPerAddress(), clientAddresses.of(request));
        if (!byAddress.isAllowed()) {
            rateLimiter.release(limits.votePerShopper(), once);
            return byAddress;
        }
        guideService.vote(guideId, helpful);
        return null;
    }

    private void countView(long guideId, HttpServletRequest request) {
        String visitor = visitors.carried(request);
        if (visitor != null && rateLimiter.tryAcquire(limits.viewPerVisitor(), guideId + "|" + visitor).isAllowed()
                && rateLimiter.tryAcquire(limits.viewsPerAddress(), guideId + "|" + clientAddresses.of(request)).isAllowed()) {
            guideService.recordView(guideId);
        }
    }

    private String listing(Model model, String pageText, String categorySlug, String tagSlug, String path) {
        ShopperLocale shopper = ShopperLocale.current();
        int pageSize = storeOptions.read(KnowledgeBaseOptionsImpl.class).getGuidesPerPage();
        GuidePage page = guideService.listVisible(PageNumbers.parse(pageText), pageSize, categorySlug, tagSlug,
                shopper.guideLanguage(), new Date());
        model.addAttribute("guides", cards(page.getGuides(), shopper));
        model.addAttribute("pager", page);
        model.addAttribute("listingPath", path);
        model.addAttribute("categoryTree", categoryService.categoryTree());
        return "kb/list";
    }

    private static List<GuideCard> cards(List<Guide> guides, ShopperLocale shopper) {
        List<GuideCard> cards = new ArrayList<GuideCard>();
        for (Guide guide : guides) {
            cards.add(new GuideCard(guide, shopper));
        }
        return cards;
    }
}
