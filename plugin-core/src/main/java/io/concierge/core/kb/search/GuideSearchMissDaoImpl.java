package io.concierge.core.kb.search;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/** JPA adapter for {@link GuideSearchMissDao}, on Broadleaf's persistence unit. */
@Repository("cncGuideSearchMissDao")
public class GuideSearchMissDaoImpl implements GuideSearchMissDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public boolean countAgain(String query, String locale, long count, Date lastSeen) {
        return em.createQuery("update GuideSearchMissImpl m set m.missCount = m.missCount + :count,"
                        + " m.lastSeen = :seen where m.query = :query and m.locale = :locale")
                .setParameter("count", count)
                .setParameter("seen", lastSeen)
                .setParameter("query", query)
                .setParameter("locale", locale)
                .executeUpdate() > 0;
    }

    @Override
    public void insertFirst(String query, String locale, long count, Date firstSeen, Date lastSeen) {
        em.persist(new GuideSearchMissImpl(query, locale, count, firstSeen, lastSeen));
        em.flush();
    }

    @Override
    public GuideSearchMiss readOne(String query, String locale) {
        List<GuideSearchMissImpl> found = em.createQuery("select m from GuideSearchMissImpl m"
                        + " where m.query = :query and m.locale = :locale", GuideSearchMissImpl.class)
                .setParameter("query", query)
                .setParameter("locale", locale)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<GuideSearchMiss> readTop(String locale, int max) {
        TypedQuery<GuideSearchMissImpl> query = em.createQuery("select m from GuideSearchMissImpl m"
                        + (locale != null ? " where m.locale = :locale" : "")
                        + " order by m.missCount desc, m.lastSeen desc, m.id", GuideSearchMissImpl.class)
                .setMaxResults(max);
        if (locale != null) {
            query.setParameter("locale", locale);
        }
        return new ArrayList<GuideSearchMiss>(query.getResultList());
    }
}
