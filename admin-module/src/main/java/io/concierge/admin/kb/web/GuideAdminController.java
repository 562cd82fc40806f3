package io.concierge.admin.kb.web;

import io.concierge.admin.kb.GuidePreviewLinks;
import io.concierge.admin.kernel.web.EntitySectionController;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideService;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.Date;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The admin's Guides section: Broadleaf's list, add and edit forms, whose edit form also offers "Preview on the
 * storefront" (a signed link that shows the guide whatever its status).
 */
@Controller("cncGuideAdminController")
@RequestMapping("/" + GuideAdminController.SECTION_KEY)
public class GuideAdminController extends EntitySectionController {

    /** The section's URL (KnowledgeBaseAdminRows). */
    public static final String SECTION_KEY = "guides";

    /** Broadleaf's entity form with the preview link above it. */
    static final String ENTITY_FORM_TEMPLATE = "views/concierge/guideEntityForm";

    @Resource(name = "cncGuideService")
    protected GuideService guideService;

    @Resource(name = "cncGuidePreviewLinks")
    protected GuidePreviewLinks previewLinks;

    public GuideAdminController() {
        super(SECTION_KEY, ENTITY_FORM_TEMPLATE);
    }

    @Override
    protected void setModelAttributes(Model model, String sectionKey) {
        super.setModelAttributes(model, sectionKey);
        model.addAttribute("guidePreviewsEnabled", previewLinks.isEnabled());
    }

    /**
     * Sends the editor to the storefront's preview of the guide, with a token made now (so a page left open does not
     * hand out a stale one). Unknown guides, or previews without a configured secret, lead back to the list.
     */
    @RequestMapping(value = "/{id}/preview", method = RequestMethod.GET)
    public String previewOnStorefront(@PathVariable("id") String id) throws ServiceException {
        adminRemoteSecurityService.securityCheck(Guide.class.getName(), EntityOperationType.FETCH);
        Guide guide = previewLinks.isEnabled() ? findGuide(id) : null;
        if (guide == null) {
            return "redirect:/" + SECTION_KEY;
        }
        return "redirect:" + previewLinks.linkFor(guide.getSlug(), new Date());
    }

    private Guide findGuide(String id) {
        try {
            return guideService.findById(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
