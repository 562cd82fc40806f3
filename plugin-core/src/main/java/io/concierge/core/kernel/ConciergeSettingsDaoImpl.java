package io.concierge.core.kernel;

import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link ConciergeSettingsDao}, on Broadleaf's persistence unit. */
@Repository("cncSettingsDao")
public class ConciergeSettingsDaoImpl implements ConciergeSettingsDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public ConciergeSettings readStoreSettings() {
        // The oldest record is the store's: a second one added by mistake in the admin never takes over.
        List<ConciergeSettingsImpl> found = em.createQuery(
                        "select s from ConciergeSettingsImpl s order by s.id", ConciergeSettingsImpl.class)
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public ConciergeSettings save(ConciergeSettings settings) {
        return em.merge(settings);
    }
}
