package io.concierge.admin.kb.web;

import io.concierge.core.kb.ContentGapDraftService;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideService;
import io.concierge.core.kb.search.GuideReindexer;
import io.concierge.core.kb.search.GuideSearchMiss;
import io.concierge.core.kb.search.GuideSearchMissService;
import io.concierge.core.kb.search.ReindexProgress;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

import javax.annotation.Resource;

/**
 * The admin's "Guide reports" page: the most and least helpful guides by their readers' votes, the searches that
 * found nothing (content gaps) and the state of the guide search index. Whoever may read guides may see it; whoever
 * may maintain guides may rebuild the index from it, and whoever may add guides may start a draft for a gap.
 */
@Controller("cncGuideReportsController")
@RequestMapping("/" + GuideReportsController.SECTION_KEY)
public class GuideReportsController extends AdminAbstractController {

    /** The section's URL (KnowledgeBaseAdminRows). */
    public static final String SECTION_KEY = "guide-reports";

    public static final int DEFAULT_MIN_VOTES = 5;
    public static final int MAX_MIN_VOTES = 1000;
    public static final int GUIDES_PER_LIST = 10;
    public static final int CONTENT_GAPS_LISTED = 20;

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncGuideSearchMissService")
    protected GuideSearchMissService searchMissService;

    @Resource(name = "cncGuideReindexer")
    protected GuideReindexer reindexer;

    @Resource(name = "cncContentGapDraftService")
    protected ContentGapDraftService draftService;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String viewReports(Model model, @RequestParam(value = "minVotes", required = false) String minVotes)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(Guide.class.getName(), EntityOperationType.FETCH);
        Integer chosen = parseMinVotes(minVotes);
        int used = chosen == null ? DEFAULT_MIN_VOTES : chosen;
        model.addAttribute("report", guideService.helpfulnessReport(used, GUIDES_PER_LIST));
        model.addAttribute("minVotes", used);
        model.addAttribute("minVotesInvalid", minVotes != null && chosen == null);
        model.addAttribute("maxMinVotes", MAX_MIN_VOTES);
        model.addAttribute("guideSectionKey", GuideAdminController.SECTION_KEY);
        List<GuideSearchMiss> gaps = searchMissService.topMisses(null, CONTENT_GAPS_LISTED);
        model.addAttribute("contentGaps", gaps);
        model.addAttribute("gapDrafts", draftService.existingDrafts(gaps));
        model.addAttribute("mayDraft", mayDo(EntityOperationType.ADD));
        ReindexProgress reindex = reindexer.progress();
        model.addAttribute("reindex", reindex);
        model.addAttribute("mayReindex", mayDo(EntityOperationType.UPDATE));
        model.addAttribute("viewType", "concierge/guideReports");
        setModelAttributes(model, SECTION_KEY);
        return "modules/defaultContainer";
    }

    /** Starts a full rebuild of the guide search index (unless one is running) and shows its progress. */
    @RequestMapping(value = "/reindex", method = RequestMethod.POST)
    public String startReindex() throws ServiceException {
        adminRemoteSecurityService.securityCheck(Guide.class.getName(), EntityOperationType.UPDATE);
        reindexer.start();
        return "redirect:/" + SECTION_KEY + "#cnc-reindex";
    }

    /**
     * Opens the draft guide of a content gap in the guide editor, starting it if needed; a gap that is not recorded
     * (a stale page) leads back to the report, changing nothing.
     */
    @RequestMapping(value = "/content-gaps/draft", method = RequestMethod.POST)
    public String draftForContentGap(@RequestParam(value = "query", defaultValue = "") String query,
                                     @RequestParam(value = "locale", defaultValue = "") String locale)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(Guide.class.getName(), EntityOperationType.ADD);
        Guide draft = draftService.draftFor(query, locale);
        return draft == null ? "redirect:/" + SECTION_KEY + "#cnc-content-gaps"
                : "redirect:/" + GuideAdminController.SECTION_KEY + "/" + draft.getId();
    }

    boolean mayDo(EntityOperationType operation) {
        try {
            adminRemoteSecurityService.securityCheck(Guide.class.getName(), operation);
            return true;
        } catch (ServiceException notAllowed) {
            return false;
        }
    }

    /** A whole number from 1 to {@link #MAX_MIN_VOTES}; {@code null} for anything else. */
    static Integer parseMinVotes(String value) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            return number >= 1 && number <= MAX_MIN_VOTES ? number : null;
        } catch (NumberFormatException notAWholeNumber) {
            return null;
        }
    }
}
