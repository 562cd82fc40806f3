package io.concierge.core.kb;

import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link GuideCategoryDao}, on Broadleaf's persistence unit. */
@Repository("cncGuideCategoryDao")
public class GuideCategoryDaoImpl implements GuideCategoryDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public GuideCategory readById(Long id) {
        return em.find(GuideCategoryImpl.class, id);
    }

    @Override
    public GuideCategory readBySlug(String slug) {
        List<GuideCategoryImpl> found = em.createQuery(
                        "select c from GuideCategoryImpl c where c.slug = :slug", GuideCategoryImpl.class)
                .setParameter("slug", slug)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<GuideCategory> readAll() {
        return em.createQuery("select c from GuideCategoryImpl c order by c.sequence, c.name", GuideCategory.class)
                .getResultList();
    }

    @Override
    public GuideCategory save(GuideCategory category) {
        return em.merge(category);
    }
}
