package io.concierge.admin.kb;

import io.concierge.admin.kb.web.GuideAdminController;
import io.concierge.admin.kb.web.GuideReportsController;
import io.concierge.admin.kernel.AdminRowContributor;
import io.concierge.admin.kernel.AdminRows;
import io.concierge.admin.kernel.KernelAdminRows;
import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideCategory;
import io.concierge.core.kb.GuideProductLink;
import io.concierge.core.kb.GuideTag;
import io.concierge.core.kb.KnowledgeBaseOptions;
import io.concierge.core.kb.RelatedGuide;
import io.concierge.core.kb.search.GuideSynonymSet;
import org.springframework.stereotype.Component;

import static io.concierge.admin.kernel.AdminRows.CONTENT_EDITOR_ROLE;
import static io.concierge.admin.kernel.AdminRows.CUSTOMER_SERVICE_ROLE;
import static io.concierge.admin.kernel.AdminRows.READ_PRODUCT_PERMISSION;

/**
 * The knowledge base's admin sections under Customer Service. The master admin and Broadleaf's content editors
 * maintain guides, categories, tags and synonyms; customer-service reps read guides (to answer with them). Its ids
 * lie in the kernel's block -7700, after the kernel's, where they were first numbered; new rows go at the end.
 */
@Component("cncKnowledgeBaseAdminRows")
public class KnowledgeBaseAdminRows implements AdminRowContributor {

    @Override
    public AdminRows adminRows() {
        AdminRows.Builder rows = AdminRows.inBlock("kb", KernelAdminRows.BLOCK).startingAt(10, 10, 53, 10);
        AdminRows.EntityGroup guides = rows.entities("CNC_GUIDE", "guides",
                Guide.class, GuideProductLink.class, RelatedGuide.class);
        AdminRows.EntityGroup categories = rows.entities("CNC_GUIDE_CATEGORY", "guide categories",
                GuideCategory.class);
        AdminRows.EntityGroup tags = rows.entities("CNC_GUIDE_TAG", "guide tags", GuideTag.class);
        AdminRows.EntityGroup synonyms = rows.entities("CNC_GUIDE_SYNONYM", "guide synonyms", GuideSynonymSet.class);
        // A guide's form points to categories, tags and Broadleaf's products.
        guides.includes(categories.read(), tags.read(), READ_PRODUCT_PERMISSION)
                .grantRead(CUSTOMER_SERVICE_ROLE).grantAll(CONTENT_EDITOR_ROLE);
        categories.grantAll(CONTENT_EDITOR_ROLE);
        tags.grantAll(CONTENT_EDITOR_ROLE);
        synonyms.grantAll(CONTENT_EDITOR_ROLE);
        AdminRows.EntityGroup options = rows.entities("CNC_KB_OPTIONS", "knowledge base options",
                KnowledgeBaseOptions.class).grantRead(CUSTOMER_SERVICE_ROLE, CONTENT_EDITOR_ROLE);

        long module = KernelAdminRows.CUSTOMER_SERVICE_MODULE;
        rows.section(module, "ConciergeGuides", "Guides", "/" + GuideAdminController.SECTION_KEY, 1000)
                .ceiling(Guide.class).shownWith(guides);
        rows.section(module, "ConciergeGuideCategories", "Guide categories", "/guide-categories", 1100)
                .ceiling(GuideCategory.class).shownWith(categories);
        rows.section(module, "ConciergeGuideTags", "Guide tags", "/guide-tags", 1200)
                .ceiling(GuideTag.class).shownWith(tags);
        // No ceiling entity: Broadleaf finds an entity's section by it, and the guides' section must stay /guides.
        rows.section(module, "ConciergeGuideReports", "Guide reports", "/" + GuideReportsController.SECTION_KEY, 1300)
                .shownWith(guides);
        rows.section(module, "ConciergeGuideSynonyms", "Guide synonyms", "/guide-synonyms", 1250)
                .ceiling(GuideSynonymSet.class).shownWith(synonyms);
        rows.section(module, "ConciergeKnowledgeBaseOptions", "Knowledge base options", "/knowledge-base-options",
                1400).ceiling(KnowledgeBaseOptions.class).shownWith(options);
        return rows.build();
    }
}
