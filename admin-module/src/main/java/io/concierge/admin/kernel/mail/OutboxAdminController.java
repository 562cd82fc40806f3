package io.concierge.admin.kernel.mail;

import io.concierge.admin.kernel.web.EntitySectionController;
import io.concierge.core.kernel.mail.MailOutbox;
import io.concierge.core.kernel.mail.OutboxMail;
import io.concierge.core.kernel.mail.OutboxStatus;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FilterAndSortCriteria;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.dto.SortDirection;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin's Mail outbox section: Broadleaf's list and a read-only form of each mail, whose form offers "Send again"
 * for a failed one. Mails are written only through {@code cncMailOutbox}, so the section adds, saves and deletes none.
 */
@Controller("cncOutboxAdminController")
@RequestMapping("/" + OutboxAdminController.SECTION_KEY)
public class OutboxAdminController extends EntitySectionController {

    /** The section's URL (OutboxAdminRows). */
    public static final String SECTION_KEY = "mail-outbox";

    /** Broadleaf's entity form with the retry button above it. */
    static final String ENTITY_FORM_TEMPLATE = "views/concierge/outboxMailEntityForm";

    @Resource(name = "cncMailOutbox")
    protected MailOutbox outbox;

    public OutboxAdminController() {
        super(SECTION_KEY, ENTITY_FORM_TEMPLATE);
    }

    /** Newest first (ids grow with time) unless the merchant sorts by a column. */
    @Override
    public String viewEntityList(HttpServletRequest request, HttpServletResponse response, Model model,
                                 @PathVariable Map<String, String> pathVars,
                                 @RequestParam MultiValueMap<String, String> requestParams) throws Exception {
        if (!requestParams.containsKey(FilterAndSortCriteria.SORT_PROPERTY_PARAMETER)) {
            requestParams.set(FilterAndSortCriteria.SORT_PROPERTY_PARAMETER, "id");
            requestParams.set(FilterAndSortCriteria.SORT_DIRECTION_PARAMETER, SortDirection.DESCENDING.name());
        }
        return super.viewEntityList(request, response, model, pathVars, requestParams);
    }

    /** No "Add" button: mails come from the outbox only. */
    @Override
    protected boolean isAddActionAllowed(String sectionClassName, ClassMetadata cmd) {
        return false;
    }

    @Override
    public String viewEntityForm(HttpServletRequest request, HttpServletResponse response, Model model,
                                 @PathVariable Map<String, String> pathVars, @PathVariable("id") String id)
            throws Exception {
        String view = super.viewEntityForm(request, response, model, pathVars, id);
        ((EntityForm) model.asMap().get("entityForm")).setReadOnly();
        model.addAttribute("mayRetry", isFailed((Entity) model.asMap().get("entity")) && mayUpdate());
        return view;
    }

    /** Makes a failed mail pending again with all its attempts, and shows it. */
    @RequestMapping(value = "/{id}/retry", method = RequestMethod.POST)
    public String retry(@PathVariable("id") String id) throws ServiceException {
        adminRemoteSecurityService.securityCheck(OutboxMail.class.getName(), EntityOperationType.UPDATE);
        try {
            outbox.retry(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return "redirect:/" + SECTION_KEY;
        }
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    @Override
    public String addEntity(HttpServletRequest request, HttpServletResponse response, Model model,
                            @PathVariable Map<String, String> pathVars,
                            @ModelAttribute(value = "entityForm") EntityForm entityForm, BindingResult result) {
        return "redirect:/" + SECTION_KEY;
    }

    @Override
    public String saveEntity(HttpServletRequest request, HttpServletResponse response, Model model,
                             @PathVariable Map<String, String> pathVars, @PathVariable(value = "id") String id,
                             @ModelAttribute(value = "entityForm") EntityForm entityForm, BindingResult result,
                             RedirectAttributes ra) {
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    @Override
    public String removeEntity(HttpServletRequest request, HttpServletResponse response, Model model,
                               @PathVariable Map<String, String> pathVars, @PathVariable(value = "id") String id,
                               @ModelAttribute(value = "entityForm") EntityForm entityForm, BindingResult result) {
        return "redirect:/" + SECTION_KEY + "/" + id;
    }

    private static boolean isFailed(Entity mail) {
        Property status = mail == null ? null : mail.findProperty("status");
        return status != null && OutboxStatus.FAILED.name().equals(status.getValue());
    }

    private boolean mayUpdate() {
        try {
            adminRemoteSecurityService.securityCheck(OutboxMail.class.getName(), EntityOperationType.UPDATE);
            return true;
        } catch (ServiceException notAllowed) {
            return false;
        }
    }
}
