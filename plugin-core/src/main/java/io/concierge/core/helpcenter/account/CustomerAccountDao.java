package io.concierge.core.helpcenter.account;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The customer audit trail (add and read only) and the contact preferences, on Broadleaf's persistence unit. */
public interface CustomerAccountDao {

    CustomerAuditEntry add(CustomerAuditEntryImpl entry);

    /** Oldest first. */
    List<CustomerAuditEntry> auditTrail(long customerId);

    /** @return the customer's row, or null when they never chose */
    ContactPreferencesImpl preferences(long customerId);

    /** Of these customers, those who opted out of surveys ({@code surveys}) or else of marketing. */
    Set<Long> refusing(Collection<Long> customerIds, boolean surveys);

    void save(ContactPreferencesImpl preferences);

    /** Whether a registered customer other than this one signs in with, or has, this e-mail address (any case). */
    boolean emailTakenByAnother(String email, long customerId);
}
