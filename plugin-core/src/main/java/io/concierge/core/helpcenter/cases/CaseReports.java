package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.kernel.ReportWeeks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** Builds the {@link CaseReport} of the admin's case reports. Bean {@code cncCaseReports}. */
@Component("cncCaseReports")
public class CaseReports {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncOrderTimelineService")
    protected OrderTimelineService timelines;

    @Transactional(value = "blTransactionManager", readOnly = true)
    public CaseReport lastWeeks(int weeks, Date now) {
        ReportWeeks shown = ReportWeeks.endingAt(now, weeks, timelines.options().getTimeZone());
        Date since = shown.since();
        List<Object[]> cases = em.createQuery("select c.reasonLabel, c.createdAt, c.firstResponseAt, c.channel"
                + " from SupportCaseImpl c where c.createdAt >= :since", Object[].class)
                .setParameter("since", since).getResultList();
        List<Date> solved = em.createQuery("select s.solvedAt from SolvedAnswerImpl s where s.solvedAt >= :since",
                Date.class).setParameter("since", since).getResultList();
        Long allTime = em.createQuery("select count(s) from SolvedAnswerImpl s", Long.class).getSingleResult();
        return report(shown, cases, solved, allTime);
    }

    /**
     * @param cases  reason label, filed at, first answered at (or null), channel type (or null: the case form)
     * @param solved when an FAQ answer was said to solve a question
     */
    static CaseReport report(ReportWeeks shown, List<Object[]> cases, List<Date> solved, long solvedAllTime) {
        int weeks = shown.size();
        Map<String, List<Integer>> byReason = new TreeMap<String, List<Integer>>();
        Map<String, List<List<Long>>> responsesByChannel = new TreeMap<String, List<List<Long>>>();
        for (Object[] row : cases) {
            Date filed = (Date) row[1];
            int week = shown.weekOf(filed);
            if (week < 0) {
                continue;
            }
            String reason = row[0] == null ? "" : (String) row[0];
            List<Integer> counts = byReason.computeIfAbsent(reason, ignored -> shown.zeros());
            counts.set(week, counts.get(week) + 1);
            List<List<Long>> responses = responsesByChannel.computeIfAbsent(
                    SupportCaseImpl.channelOf((String) row[3]).getType(), ignored -> emptyWeeks(weeks));
            if (row[2] != null) {
                responses.get(week).add(((Date) row[2]).getTime() - filed.getTime());
            }
        }
        Map<String, List<Integer>> mediansByChannel = new TreeMap<String, List<Integer>>();
        responsesByChannel.forEach((channel, responses) -> {
            List<Integer> medians = new ArrayList<Integer>();
            for (List<Long> week : responses) {
                medians.add(ContactChannels.median(week, 1));
            }
            mediansByChannel.put(channel, medians);
        });
        List<Integer> solvedByWeek = shown.zeros();
        for (Date at : solved) {
            int week = shown.weekOf(at);
            if (week >= 0) {
                solvedByWeek.set(week, solvedByWeek.get(week) + 1);
            }
        }
        return new CaseReport(shown.labels(), byReason, mediansByChannel, solvedByWeek, solvedAllTime);
    }

    private static List<List<Long>> emptyWeeks(int weeks) {
        List<List<Long>> empty = new ArrayList<List<Long>>();
        for (int week = 0; week < weeks; week++) {
            empty.add(new ArrayList<Long>());
        }
        return empty;
    }
}
