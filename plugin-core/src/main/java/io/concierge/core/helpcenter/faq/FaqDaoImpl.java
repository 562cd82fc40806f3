package io.concierge.core.helpcenter.faq;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

@Repository("cncFaqDao")
public class FaqDaoImpl implements FaqDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public FaqEntry create() {
        return new FaqEntryImpl();
    }

    @Override
    public FaqEntry save(FaqEntry entry) {
        return em.merge(entry);
    }

    @Override
    public void delete(FaqEntry entry) {
        em.remove(em.contains(entry) ? entry : em.merge(entry));
    }

    @Override
    public FaqEntry readById(Long id) {
        return id == null ? null : em.find(FaqEntryImpl.class, id);
    }

    @Override
    public List<FaqEntry> readByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Collections.emptyList();
        }
        return new ArrayList<FaqEntry>(em.createQuery("select f from FaqEntryImpl f where f.id in (:ids)"
                + " order by f.id", FaqEntry.class).setParameter("ids", ids).getResultList());
    }

    @Override
    public long countAll() {
        return em.createQuery("select count(f) from FaqEntryImpl f", Long.class).getSingleResult();
    }

    @Override
    public List<FaqEntry> readOrderedById(int first, int max) {
        return em.createQuery("select f from FaqEntryImpl f order by f.id", FaqEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<FaqEntry> readPublished(String locale) {
        return em.createQuery("select f from FaqEntryImpl f where f.published = true and f.locale = :locale"
                        + " order by f.category, f.displayOrder, f.id", FaqEntry.class)
                .setParameter("locale", locale).getResultList();
    }

    @Override
    public List<FaqEntry> readMostViewed(String locale, int max) {
        return em.createQuery("select f from FaqEntryImpl f where f.published = true and f.locale = :locale"
                        + " order by f.viewCount desc, f.displayOrder, f.id", FaqEntry.class)
                .setParameter("locale", locale).setMaxResults(max).getResultList();
    }

    @Override
    public int incrementViews(Long id) {
        return em.createQuery("update FaqEntryImpl f set f.viewCount = f.viewCount + 1"
                + " where f.id = :id and f.published = true").setParameter("id", id).executeUpdate();
    }

    @Override
    public void addSolved(SolvedAnswerImpl solved) {
        em.persist(solved);
    }

    @Override
    public int incrementSolved(Long id) {
        return em.createQuery("update FaqEntryImpl f set f.solvedCount = f.solvedCount + 1"
                + " where f.id = :id and f.published = true").setParameter("id", id).executeUpdate();
    }
}
