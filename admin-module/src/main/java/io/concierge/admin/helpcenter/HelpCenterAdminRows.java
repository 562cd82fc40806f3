package io.concierge.admin.helpcenter;

import io.concierge.admin.helpcenter.web.CasesAdminController;
import io.concierge.admin.helpcenter.web.OrderCareAdminController;
import io.concierge.admin.kernel.AdminRowContributor;
import io.concierge.admin.kernel.AdminRows;
import io.concierge.admin.kernel.KernelAdminRows;
import io.concierge.core.helpcenter.cases.AgentLimit;
import io.concierge.core.helpcenter.cases.CaseReason;
import io.concierge.core.helpcenter.cases.ContactChannel;
import io.concierge.core.helpcenter.cases.SupportCase;
import io.concierge.core.helpcenter.faq.FaqEntry;
import io.concierge.core.helpcenter.faq.FaqProductLink;
import io.concierge.core.helpcenter.orders.HelpCenterOptions;
import io.concierge.core.helpcenter.orders.ReturnReason;
import org.springframework.stereotype.Component;

import static io.concierge.admin.kernel.AdminRows.CONTENT_EDITOR_ROLE;
import static io.concierge.admin.kernel.AdminRows.CUSTOMER_SERVICE_ROLE;

/** The help center's admin sections under Customer Service, in block -7800: cases, order care, the reason lists, the contact channels, the options, the FAQ. */
@Component("cncHelpCenterAdminRows")
public class HelpCenterAdminRows implements AdminRowContributor {

    public static final long BLOCK = -7800;

    @Override
    public AdminRows adminRows() {
        AdminRows.Builder rows = AdminRows.inBlock("helpcenter", BLOCK);
        AdminRows.EntityGroup options = rows.entities("CNC_HELPCENTER_OPTIONS", "help center options",
                HelpCenterOptions.class).grantRead(CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeHelpCenterOptions", "Help center options",
                "/help-center-options", 2400).ceiling(HelpCenterOptions.class).shownWith(options);
        // No ceiling entity: a page of its own, which checks Broadleaf's order permissions itself.
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeOrderCare", "Order care",
                "/" + OrderCareAdminController.SECTION_KEY, 2000).shownWith(options);
        // Rows added later come last: each row's id follows from its place, and stores that have the earlier rows
        // keep them under their ids.
        AdminRows.EntityGroup reasons = rows.entities("CNC_RETURN_REASON", "return reasons", ReturnReason.class)
                .grantAll(CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeReturnReasons", "Return reasons",
                "/return-reasons", 2100).ceiling(ReturnReason.class).shownWith(reasons);
        AdminRows.EntityGroup supportCases = rows.entities("CNC_SUPPORT_CASE", "support cases", SupportCase.class)
                .grantAll(CUSTOMER_SERVICE_ROLE);
        AdminRows.EntityGroup caseReasons = rows.entities("CNC_CASE_REASON", "case reasons", CaseReason.class)
                .grantAll(CUSTOMER_SERVICE_ROLE);
        AdminRows.EntityGroup channels = rows.entities("CNC_CONTACT_CHANNEL", "contact channels", ContactChannel.class)
                .grantAll(CUSTOMER_SERVICE_ROLE);
        // No ceiling entity: a page of its own, which checks the cases' permissions itself.
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeCases", "Cases",
                "/" + CasesAdminController.SECTION_KEY, 1900).shownWith(supportCases);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeCaseReasons", "Case reasons",
                "/case-reasons", 2150).ceiling(CaseReason.class).shownWith(caseReasons);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeContactChannels", "Contact channels",
                "/contact-channels", 2200).ceiling(ContactChannel.class).shownWith(channels);
        // The limits are the merchant's (the master role's): no other role is granted them.
        AdminRows.EntityGroup limits = rows.entities("CNC_AGENT_LIMIT", "agent limits", AgentLimit.class);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeAgentLimits", "Agent limits",
                "/agent-limits", 2250).ceiling(AgentLimit.class).shownWith(limits);
        // The FAQ (help center's search, /help): its entries with their product links.
        AdminRows.EntityGroup faq = rows.entities("CNC_FAQ_ENTRY", "FAQ entries", FaqEntry.class, FaqProductLink.class)
                .includes(AdminRows.READ_PRODUCT_PERMISSION).grantAll(CUSTOMER_SERVICE_ROLE, CONTENT_EDITOR_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeFaq", "FAQ", "/faq-entries", 1950)
                .ceiling(FaqEntry.class).shownWith(faq);
        return rows.build();
    }
}
