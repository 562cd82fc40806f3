package io.concierge.storefront.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideCategory;
import io.concierge.core.kb.GuideCategoryService;
import io.concierge.core.kb.GuidePage;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.GuideTag;
import io.concierge.core.kb.GuideTagService;
import io.concierge.core.kernel.ConciergeSettingsService;
import io.concierge.core.kernel.StorefrontUrl;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import io.concierge.storefront.kernel.ShopperLocale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;
import javax.servlet.http.HttpSession;

/**
 * The knowledge base's pages: the guide listing (all, by category, by tag), a guide, and its "was this helpful?"
 * vote. Shoppers see only published guides whose time has come, in their own language in listings.
 */
@Controller
@CapabilityRoutes("kb")
public class GuidePagesController {

    static final String VOTED_GUIDES = GuidePagesController.class.getName() + ".voted";

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncGuideCategoryService")
    protected GuideCategoryService categoryService;

    @Resource(name = "cncGuideTagService")
    protected GuideTagService tagService;

    @Resource(name = "cncSettingsService")
    protected ConciergeSettingsService settingsService;

    @Resource(name = "cncStorefrontUrl")
    protected StorefrontUrl storefrontUrl;

    @Resource(name = "cncGuidePreviews")
    protected GuidePreviews previews;

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
                        HttpSession session, Model model) {
        Date now = new Date();
        Guide guide = previewToken == null ? guideService.findVisibleBySlug(slug, now)
                : previews.find(slug, previewToken, now);
        if (guide == null) {
            throw new PageNotFoundException();
        }
        if (previewToken == null) {
            guideService.recordView(guide.getId());
        } else {
            model.addAttribute("preview", guide.getStatus().getFriendlyType());
        }
        ShopperLocale shopper = ShopperLocale.current();
        model.addAttribute("guide", new GuideArticle(guide, shopper, storefrontUrl.base()));
        model.addAttribute("related", cards(guideService.findRelatedVisible(guide.getId(), now), shopper));
        model.addAttribute("voted", votedGuides(session).contains(guide.getId()));
        return "kb/guide";
    }

    /** One vote per guide and browser session; a second one is thanked but not counted. */
    @RequestMapping(value = "/guides/{slug}/vote", method = RequestMethod.POST)
    public String vote(@PathVariable("slug") String slug, @RequestParam(value = "helpful", defaultValue = "") String helpful,
                       HttpSession session, RedirectAttributes flash) {
        Guide guide = guideService.findVisibleBySlug(slug, new Date());
        if (guide == null) {
            throw new PageNotFoundException();
        }
        if (!"yes".equals(helpful) && !"no".equals(helpful)) {
            flash.addFlashAttribute("voteProblem", "kb.vote.problem");
        } else if (votedGuides(session).add(guide.getId())) {
            guideService.vote(guide.getId(), "yes".equals(helpful));
            flash.addFlashAttribute("voteThanks", true);
        }
        return "redirect:/guides/" + guide.getSlug();
    }

    private String listing(Model model, String pageText, String categorySlug, String tagSlug, String path) {
        ShopperLocale shopper = ShopperLocale.current();
        int pageSize = settingsService.currentSettings().getGuidesPerPage();
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

    @SuppressWarnings("unchecked")
    private static Set<Long> votedGuides(HttpSession session) {
        Set<Long> voted = (Set<Long>) session.getAttribute(VOTED_GUIDES);
        if (voted == null) {
            voted = new HashSet<Long>();
            session.setAttribute(VOTED_GUIDES, voted);
        }
        return voted;
    }
}
