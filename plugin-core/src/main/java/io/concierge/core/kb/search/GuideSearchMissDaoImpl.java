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

    /** A bounded IN list per delete; a larger excess is trimmed at the next housekeeping. */
    private static final int MAX_DELETED_AT_ONCE = 1000;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public boolean countAgain(String query, String locale, long count, long clients, Date lastSeen) {
        return em.createQuery("update GuideSearchMissImpl m set m.missCount = m.missCount + :count,"
                        + " m.clientCount = coalesce(m.clientCount, 0) + :clients,"
                        + " m.lastSeen = :seen where m.query = :query and m.locale = :locale")
                .setParameter("count", count)
                .setParameter("clients", clients)
                .setParameter("seen", lastSeen)
                .setParameter("query", query)
                .setParameter("locale", locale)
                .executeUpdate() > 0;
    }

    @Override
    public void insertFirst(String query, String locale, long count, long clients, Date firstSeen, Date lastSeen) {
        em.persist(new GuideSearchMissImpl(query, locale, count, clients, firstSeen, lastSeen));
        em.flush();
    }

    @Override
    public int deleteLastSeenBefore(Date cutoff) {
        return em.createQuery("delete from GuideSearchMissImpl m where m.lastSeen < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    /** In two steps: MySQL and MariaDB take no LIMIT in a subquery of a delete. */
    @Override
    public int deleteBeyond(int keep) {
        long stored = em.createQuery("select count(m) from GuideSearchMissImpl m", Long.class).getSingleResult();
        if (stored <= keep) {
            return 0;
        }
        List<Long> ids = em.createQuery("select m.id from GuideSearchMissImpl m"
                        + " order by coalesce(m.clientCount, 0), m.lastSeen, m.id", Long.class)
                .setMaxResults((int) Math.min(stored - keep, MAX_DELETED_AT_ONCE)).getResultList();
        return em.createQuery("delete from GuideSearchMissImpl m where m.id in (:ids)")
                .setParameter("ids", ids).executeUpdate();
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
                        + " order by coalesce(m.clientCount, 0) desc, m.missCount desc, m.lastSeen desc, m.id",
                        GuideSearchMissImpl.class)
                .setMaxResults(max);
        if (locale != null) {
            query.setParameter("locale", locale);
        }
        return new ArrayList<GuideSearchMiss>(query.getResultList());
    }
}
