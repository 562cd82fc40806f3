package io.concierge.admin.loyalty;

import io.concierge.admin.kernel.AdminRowContributor;
import io.concierge.admin.kernel.AdminRows;
import io.concierge.admin.kernel.KernelAdminRows;
import io.concierge.admin.loyalty.web.LoyaltyAssignmentsController;
import io.concierge.admin.loyalty.web.LoyaltySimulatorController;
import io.concierge.core.loyalty.LoyaltyAssignment;
import io.concierge.core.loyalty.LoyaltyOptions;
import io.concierge.core.loyalty.LoyaltyTier;
import org.springframework.stereotype.Component;

import static io.concierge.admin.kernel.AdminRows.CUSTOMER_SERVICE_ROLE;

/**
 * Loyalty's admin sections under Customer Service, in block -7900: the tiers, the what-if simulator, the
 * programme's options, and staff's manual tiers with the change log (customer service's to maintain). Tiers and options are the merchant's (the master role's) to change; customer service reads them, to tell a customer what their tier
 * brings.
 */
@Component("cncLoyaltyAdminRows")
public class LoyaltyAdminRows implements AdminRowContributor {

    public static final long BLOCK = -7900;

    @Override
    public AdminRows adminRows() {
        AdminRows.Builder rows = AdminRows.inBlock("loyalty", BLOCK);
        AdminRows.EntityGroup tiers = rows.entities("CNC_LOYALTY_TIER", "loyalty tiers", LoyaltyTier.class)
                .grantRead(CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeLoyaltyTiers", "Loyalty tiers",
                "/loyalty-tiers", 2600).ceiling(LoyaltyTier.class).shownWith(tiers);
        AdminRows.EntityGroup options = rows.entities("CNC_LOYALTY_OPTIONS", "loyalty options",
                LoyaltyOptions.class).grantRead(CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeLoyaltyOptions", "Loyalty options",
                "/loyalty-options", 2650).ceiling(LoyaltyOptions.class).shownWith(options);
        // Added after the first rows, so that theirs keep their ids on a database the admin already seeded.
        // No ceiling entity: a page of its own, which checks the tiers' (and, to save, the options') permissions.
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeLoyaltySimulator", "Loyalty simulator",
                "/" + LoyaltySimulatorController.SECTION_KEY, 2640).shownWith(tiers);
        // Staff's manual tiers and the change log: customer service's to maintain.
        AdminRows.EntityGroup assignments = rows.entities("CNC_LOYALTY_ASSIGNMENT", "loyalty assignments",
                LoyaltyAssignment.class).grantAll(CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeLoyaltyAssignments", "Loyalty assignments",
                "/" + LoyaltyAssignmentsController.SECTION_KEY, 2645).shownWith(assignments);
        return rows.build();
    }
}
