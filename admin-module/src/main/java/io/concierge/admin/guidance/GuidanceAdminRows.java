package io.concierge.admin.guidance;

import io.concierge.admin.guidance.web.GuidanceRulesController;
import io.concierge.admin.kernel.AdminRowContributor;
import io.concierge.admin.kernel.AdminRows;
import io.concierge.admin.kernel.KernelAdminRows;
import io.concierge.core.guidance.GuidanceOptions;
import org.springframework.stereotype.Component;

import static io.concierge.admin.kernel.AdminRows.CUSTOMER_SERVICE_ROLE;

/**
 * Guidance's admin sections under Customer Service, in block -8000: its options, and the mined rules' page (figures,
 * mark a pair as wrong, mine now). Customer-service reps read both; changing them takes the master role.
 */
@Component("cncGuidanceAdminRows")
public class GuidanceAdminRows implements AdminRowContributor {

    public static final long BLOCK = -8000;

    @Override
    public AdminRows adminRows() {
        AdminRows.Builder rows = AdminRows.inBlock("guidance", BLOCK);
        AdminRows.EntityGroup options = rows.entities("CNC_GUIDANCE_OPTIONS", "guidance options",
                GuidanceOptions.class).grantRead(CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeGuidanceOptions", "Guidance options",
                "/guidance-options", 2600).ceiling(GuidanceOptions.class).shownWith(options);
        // No ceiling entity: a page of its own, which checks the options' permissions itself.
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeGuidanceRules", "Guidance rules",
                "/" + GuidanceRulesController.SECTION_KEY, 2650).shownWith(options);
        return rows.build();
    }
}
