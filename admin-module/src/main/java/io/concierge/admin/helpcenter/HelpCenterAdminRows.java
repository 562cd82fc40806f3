package io.concierge.admin.helpcenter;

import io.concierge.admin.helpcenter.web.OrderCareAdminController;
import io.concierge.admin.kernel.AdminRowContributor;
import io.concierge.admin.kernel.AdminRows;
import io.concierge.admin.kernel.KernelAdminRows;
import io.concierge.core.helpcenter.orders.HelpCenterOptions;
import io.concierge.core.helpcenter.orders.ReturnReason;
import org.springframework.stereotype.Component;

import static io.concierge.admin.kernel.AdminRows.CUSTOMER_SERVICE_ROLE;

/** The help center's admin sections under Customer Service, in block -7800: order care, return reasons, the options. */
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
        AdminRows.EntityGroup reasons = rows.entities("CNC_RETURN_REASON", "return reasons", ReturnReason.class)
                .grantAll(CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeReturnReasons", "Return reasons",
                "/return-reasons", 2100).ceiling(ReturnReason.class).shownWith(reasons);
        // No ceiling entity: a page of its own, which checks Broadleaf's order permissions itself.
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeOrderCare", "Order care",
                "/" + OrderCareAdminController.SECTION_KEY, 2000).shownWith(options);
        return rows.build();
    }
}
