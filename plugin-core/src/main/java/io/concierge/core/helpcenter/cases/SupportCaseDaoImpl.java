package io.concierge.core.helpcenter.cases;

import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/** JPA adapter for {@link SupportCaseDao}, on Broadleaf's persistence unit. */
@Repository("cncSupportCaseDao")
public class SupportCaseDaoImpl implements SupportCaseDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public SupportCaseImpl add(SupportCaseImpl supportCase) {
        em.persist(supportCase);
        em.flush();
        supportCase.numberFromId();
        em.flush();
        return supportCase;
    }

    @Override
    public SupportCaseImpl readById(long caseId) {
        return em.find(SupportCaseImpl.class, caseId);
    }

    @Override
    public SupportCaseImpl readByNumber(String number) {
        List<SupportCaseImpl> found = em.createQuery("select c from SupportCaseImpl c where c.number = :number",
                SupportCaseImpl.class).setParameter("number", number).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static final String PRIORITY = " and c.priority = true";
    /** Older rows have no priority at all (null). */
    private static final String NOT_PRIORITY = " and (c.priority is null or c.priority = false)";
    private static final String NEWEST_ACTIVITY_FIRST = " order by c.lastActivityAt desc, c.id desc";

    @Override
    public List<SupportCase> readForCustomer(long customerId) {
        return new ArrayList<SupportCase>(em.createQuery("select c from SupportCaseImpl c where c.customerId = :customer"
                + NEWEST_ACTIVITY_FIRST, SupportCaseImpl.class)
                .setParameter("customer", customerId).getResultList());
    }

    /**
     * Priority support first, then the rest, each newest activity first: two queries that each walk the index on the
     * last activity (one ORDER BY over a CASE would sort every matching row for each page).
     */
    @Override
    public List<SupportCase> readPage(CaseFilter filter, Date now, Date overdueBefore, int first, int max) {
        long priorityCases = filtered("select count(c)", PRIORITY, "", filter, now, overdueBefore, Long.class)
                .getSingleResult();
        List<SupportCase> page = new ArrayList<SupportCase>();
        if (first < priorityCases) {
            page.addAll(filtered("select c", PRIORITY, NEWEST_ACTIVITY_FIRST, filter, now, overdueBefore,
                    SupportCaseImpl.class).setFirstResult(first).setMaxResults(max).getResultList());
        }
        if (page.size() < max) {
            page.addAll(filtered("select c", NOT_PRIORITY, NEWEST_ACTIVITY_FIRST, filter, now, overdueBefore,
                    SupportCaseImpl.class).setFirstResult((int) Math.max(0, first - priorityCases))
                    .setMaxResults(max - page.size()).getResultList());
        }
        return page;
    }

    @Override
    public long count(CaseFilter filter, Date now, Date overdueBefore) {
        return filtered("select count(c)", "", "", filter, now, overdueBefore, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String condition, String order, CaseFilter filter, Date now,
                                       Date overdueBefore, Class<T> type) {
        StringBuilder where = new StringBuilder(" where 1 = 1").append(condition);
        if (filter.status() != null) {
            where.append(" and c.status = :status");
        }
        if (filter.reasonId() != null) {
            where.append(" and c.reasonId = :reason");
        }
        if (filter.olderThanHours() != null) {
            where.append(" and c.createdAt < :filedBefore");
        }
        if (filter.isOverdueOnly()) {
            where.append(" and c.status = :open and c.firstResponseAt is null and c.createdAt < :overdueBefore");
        }
        TypedQuery<T> query = em.createQuery(select + " from SupportCaseImpl c" + where + order, type);
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.reasonId() != null) {
            query.setParameter("reason", filter.reasonId());
        }
        if (filter.olderThanHours() != null) {
            query.setParameter("filedBefore",
                    new Date(now.getTime() - TimeUnit.HOURS.toMillis(filter.olderThanHours())));
        }
        if (filter.isOverdueOnly()) {
            query.setParameter("open", CaseStatus.OPEN).setParameter("overdueBefore", overdueBefore);
        }
        return query;
    }

    @Override
    public CaseMessage add(CaseMessageImpl message) {
        em.persist(message);
        em.flush();
        return message;
    }

    @Override
    public List<CaseMessage> readThread(long caseId, boolean withStaffOnly) {
        String staff = withStaffOnly ? "" : " and m.kind in (:shown)";
        TypedQuery<CaseMessageImpl> query = em.createQuery("select m from CaseMessageImpl m where m.caseId = :case"
                + staff + " order by m.writtenAt, m.id", CaseMessageImpl.class).setParameter("case", caseId);
        if (!withStaffOnly) {
            query.setParameter("shown", Arrays.asList(CaseMessageKind.CUSTOMER, CaseMessageKind.AGENT));
        }
        return new ArrayList<CaseMessage>(query.getResultList());
    }

    @Override
    public Map<ContactChannelKind, List<Long>> firstResponseMillisSince(Date since) {
        Map<ContactChannelKind, List<Long>> millis = new HashMap<ContactChannelKind, List<Long>>();
        for (Object[] row : em.createQuery("select c.channel, c.createdAt, c.firstResponseAt from SupportCaseImpl c"
                + " where c.firstResponseAt >= :since", Object[].class).setParameter("since", since).getResultList()) {
            millis.computeIfAbsent(SupportCaseImpl.channelOf((String) row[0]), kind -> new ArrayList<Long>())
                    .add(((Date) row[2]).getTime() - ((Date) row[1]).getTime());
        }
        return millis;
    }
}
