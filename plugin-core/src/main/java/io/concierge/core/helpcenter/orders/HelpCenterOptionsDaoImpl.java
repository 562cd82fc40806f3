package io.concierge.core.helpcenter.orders;

import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link HelpCenterOptionsDao}; never second-level cached, so every node reads an edit at once. */
@Repository("cncHelpCenterOptionsDao")
public class HelpCenterOptionsDaoImpl implements HelpCenterOptionsDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public HelpCenterOptionsImpl readStoreOptions() {
        return em.find(HelpCenterOptionsImpl.class, HelpCenterOptionsImpl.STORE_OPTIONS_ID);
    }

    @Override
    public HelpCenterOptionsImpl save(HelpCenterOptionsImpl options) {
        HelpCenterOptionsImpl saved = em.merge(options);
        em.flush();
        return saved;
    }
}
