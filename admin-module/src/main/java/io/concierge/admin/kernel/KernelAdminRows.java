package io.concierge.admin.kernel;

import io.concierge.core.kernel.CapabilitySwitch;
import org.springframework.stereotype.Component;

/**
 * The kernel's admin rows: the "Customer Service" menu module that every capability's sections join, and its
 * Capabilities section (the switches). Block -7700, shared with the knowledge base, whose rows were numbered in it
 * first.
 */
@Component("cncKernelAdminRows")
public class KernelAdminRows implements AdminRowContributor {

    public static final long BLOCK = -7700;
    /** The Customer Service module, for the capabilities' sections. */
    public static final long CUSTOMER_SERVICE_MODULE = BLOCK;

    @Override
    public AdminRows adminRows() {
        // Numbered after the retired rows of the one-row settings (section 1, permissions 1-2 and 51-52, permission
        // entities 1-4); the knowledge base's rows start at 10, 53 and 10.
        AdminRows.Builder rows = AdminRows.inBlock("kernel", BLOCK).startingAt(2, 3, 97, 5)
                .retireSections(BLOCK - 1)
                .retirePermissions(BLOCK - 1, BLOCK - 2, BLOCK - 51, BLOCK - 52);
        long module = rows.module("ConciergeCustomerService", "Customer Service", "icon-comments", 350);
        AdminRows.EntityGroup switches = rows.entities("CNC_CAPABILITY_SWITCH", "capability switches",
                CapabilitySwitch.class).grantRead(AdminRows.CUSTOMER_SERVICE_ROLE);
        rows.section(module, "ConciergeCapabilities", "Capabilities", "/concierge-capabilities", 9000)
                .ceiling(CapabilitySwitch.class).shownWith(switches);
        return rows.build();
    }
}
