package io.concierge.core.kb.search;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link GuideSynonymDao}, on Broadleaf's persistence unit. */
@Repository("cncGuideSynonymDao")
public class GuideSynonymDaoImpl implements GuideSynonymDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public List<GuideSynonymSet> readAll() {
        return new ArrayList<GuideSynonymSet>(em.createQuery(
                "select s from GuideSynonymSetImpl s order by s.id", GuideSynonymSetImpl.class).getResultList());
    }

    @Override
    public GuideSynonymSet save(GuideSynonymSet synonymSet) {
        return em.merge(synonymSet);
    }

    @Override
    public void delete(GuideSynonymSet synonymSet) {
        GuideSynonymSetImpl stored = em.find(GuideSynonymSetImpl.class, synonymSet.getId());
        if (stored != null) {
            em.remove(stored);
        }
    }
}
