package io.concierge.admin.kernel;

import io.concierge.core.kernel.ConciergeSettings;
import org.springframework.stereotype.Component;

/**
 * The kernel's admin rows: the "Customer Service" menu module that every capability's sections join, and its
 * Settings section. Block -7700 (shared with the knowledge base, whose rows were numbered in it first).
 */
@Component("cncKernelAdminRows")
public class KernelAdminRows implements AdminRowContributor {

    public static final long BLOCK = -7700;
    /** The Customer Service module, for the capabilities' sections. */
    public static final long CUSTOMER_SERVICE_MODULE = BLOCK;

    @Override
    public AdminRows adminRows() {
        AdminRows.Builder rows = AdminRows.inBlock("kernel", BLOCK).startingAt(1, 1, 51, 1);
        long module = rows.module("ConciergeCustomerService", "Customer Service", "icon-comments", 350);
        AdminRows.EntityGroup settings = rows.entities("CNC_SETTINGS", "Concierge settings", ConciergeSettings.class)
                .grantRead(AdminRows.CUSTOMER_SERVICE_ROLE);
        rows.section(module, "ConciergeSettings", "Settings", "/concierge-settings", 9000)
                .ceiling(ConciergeSettings.class).shownWith(settings);
        return rows.build();
    }
}
