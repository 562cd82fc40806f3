package io.concierge.admin.kernel.web;

import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.springframework.ui.Model;

import java.util.Map;

/**
 * Broadleaf's list and entity forms for one Concierge section at a fixed URL, with an entity form template of the
 * section's own (Broadleaf's form plus a link or button above it). Broadleaf takes the section key from the path,
 * which a controller mapped to its own URL does not carry.
 */
public abstract class EntitySectionController extends AdminBasicEntityController {

    private final String sectionKey;
    private final String entityFormTemplate;

    protected EntitySectionController(String sectionKey, String entityFormTemplate) {
        this.sectionKey = sectionKey;
        this.entityFormTemplate = entityFormTemplate;
    }

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String fromPath = super.getSectionKey(pathVars);
        return fromPath != null ? fromPath : sectionKey;
    }

    @Override
    protected void setModelAttributes(Model model, String sectionKey) {
        super.setModelAttributes(model, sectionKey);
        model.addAttribute("entityFormTemplatePath", entityFormTemplate);
    }
}
