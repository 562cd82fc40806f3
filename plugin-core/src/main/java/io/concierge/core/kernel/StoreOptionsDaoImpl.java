package io.concierge.core.kernel;

import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * JPA adapter for {@link StoreOptionsDao}, on Broadleaf's persistence unit. The oldest row is the store's, so a
 * second one added by mistake in the admin never takes over.
 */
@Repository("cncStoreOptionsDao")
public class StoreOptionsDaoImpl implements StoreOptionsDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public <T extends StoreOptions> T readStored(Class<T> optionsType) {
        String entity = em.getMetamodel().entity(optionsType).getName();
        List<T> found = em.createQuery("select o from " + entity + " o order by o.id", optionsType)
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public <T extends StoreOptions> T save(T options) {
        return em.merge(options);
    }
}
