package io.concierge.admin.kernel.mail;

import io.concierge.admin.kernel.AdminRowContributor;
import io.concierge.admin.kernel.AdminRows;
import io.concierge.admin.kernel.KernelAdminRows;
import io.concierge.core.kernel.mail.OutboxMail;
import org.springframework.stereotype.Component;

import static io.concierge.admin.kernel.AdminRows.CUSTOMER_SERVICE_ROLE;

/**
 * The mail outbox's admin section under Customer Service (block -8200): customer-service reps read it (did the mail
 * go out? why not?); retrying a failed mail takes the maintain permission, which Broadleaf's master role has.
 */
@Component("cncOutboxAdminRows")
public class OutboxAdminRows implements AdminRowContributor {

    public static final long BLOCK = -8200;

    @Override
    public AdminRows adminRows() {
        AdminRows.Builder rows = AdminRows.inBlock("outbox", BLOCK);
        AdminRows.EntityGroup mails = rows.entities("CNC_OUTBOX_MAIL", "outbox mails", OutboxMail.class)
                .grantRead(CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeMailOutbox", "Mail outbox",
                "/" + OutboxAdminController.SECTION_KEY, 8000).ceiling(OutboxMail.class).shownWith(mails);
        return rows.build();
    }
}
