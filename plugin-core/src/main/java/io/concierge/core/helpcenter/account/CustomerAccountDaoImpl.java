package io.concierge.core.helpcenter.account;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link CustomerAccountDao}. */
@Repository("cncCustomerAccountDao")
public class CustomerAccountDaoImpl implements CustomerAccountDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public CustomerAuditEntry add(CustomerAuditEntryImpl entry) {
        em.persist(entry);
        return entry;
    }

    @Override
    public List<CustomerAuditEntry> auditTrail(long customerId) {
        return new ArrayList<CustomerAuditEntry>(em.createQuery("select a from CustomerAuditEntryImpl a"
                        + " where a.customerId = :customer order by a.changedAt, a.id", CustomerAuditEntryImpl.class)
                .setParameter("customer", customerId)
                .getResultList());
    }

    @Override
    public ContactPreferencesImpl preferences(long customerId) {
        return em.find(ContactPreferencesImpl.class, customerId);
    }

    @Override
    public Set<Long> refusing(Collection<Long> customerIds, boolean surveys) {
        return new HashSet<Long>(em.createQuery("select p.customerId from ContactPreferencesImpl p"
                        + " where p.customerId in (:ids) and p." + (surveys ? "surveys" : "marketing") + " = false",
                Long.class).setParameter("ids", customerIds).getResultList());
    }

    @Override
    public void save(ContactPreferencesImpl preferences) {
        if (em.contains(preferences)) {
            return;
        }
        em.persist(preferences);
    }

    @Override
    public boolean emailTakenByAnother(String email, long customerId) {
        String lower = email.trim().toLowerCase(Locale.ROOT);
        Long count = em.createQuery("select count(c) from org.broadleafcommerce.profile.core.domain.CustomerImpl c"
                        + " where c.id <> :customer and c.registered = true"
                        + " and (lower(c.emailAddress) = :email or lower(c.username) = :email)", Long.class)
                .setParameter("customer", customerId)
                .setParameter("email", lower)
                .getSingleResult();
        return count > 0;
    }
}
