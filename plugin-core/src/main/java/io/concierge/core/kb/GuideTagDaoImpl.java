package io.concierge.core.kb;

import org.springframework.stereotype.Repository;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** JPA adapter for {@link GuideTagDao}, on Broadleaf's persistence unit. */
@Repository("cncGuideTagDao")
public class GuideTagDaoImpl implements GuideTagDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public GuideTag readBySlug(String slug) {
        List<GuideTagImpl> found = em.createQuery("select t from GuideTagImpl t where t.slug = :slug",
                        GuideTagImpl.class)
                .setParameter("slug", slug)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<GuideTag> readAll() {
        return em.createQuery("select t from GuideTagImpl t order by t.name", GuideTag.class).getResultList();
    }

    @Override
    public GuideTag save(GuideTag tag) {
        return em.merge(tag);
    }
}
