package io.concierge.core.helpcenter.account;

import io.concierge.core.kernel.audit.AuditRecord;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.Date;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/** JPA mapping of {@link CustomerAuditEntry}: append-only, as the order audit trail (the kernel's {@link AuditRecord}). */
@Entity
@Immutable
@Table(name = "CNC_CUSTOMER_AUDIT")
public class CustomerAuditEntryImpl extends AuditRecord implements CustomerAuditEntry {

    @Id
    @GeneratedValue(generator = "CustomerAuditEntryId")
    @GenericGenerator(name = "CustomerAuditEntryId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CustomerAuditEntryImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.account.CustomerAuditEntryImpl")})
    @Column(name = "AUDIT_ID", updatable = false)
    protected Long id;

    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    @Index(name = "CNC_CUSTOMER_AUDIT_CUSTOMER")
    protected Long customerId;

    @Column(name = "CHANGE_TYPE", nullable = false, updatable = false, length = 32)
    @Enumerated(EnumType.STRING)
    protected ProfileChange change;

    @Column(name = "ACTOR_CUSTOMER_ID", nullable = false, updatable = false)
    protected Long actorCustomerId;

    public CustomerAuditEntryImpl() {
    }

    static CustomerAuditEntryImpl selfService(long customerId, ProfileChange change, String clientAddress,
                                              Map<String, String> before, Map<String, String> after, Date now) {
        CustomerAuditEntryImpl entry = new CustomerAuditEntryImpl();
        entry.customerId = customerId;
        entry.change = change;
        entry.actorCustomerId = customerId;
        entry.record(now, clientAddress, before, after);
        return entry;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getCustomerId() {
        return customerId;
    }

    @Override
    public ProfileChange getChange() {
        return change;
    }

    @Override
    public long getActorCustomerId() {
        return actorCustomerId;
    }
}
