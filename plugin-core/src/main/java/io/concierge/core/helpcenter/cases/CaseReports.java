package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.OrderTimelineService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
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
        ZoneId zone = timelines.options().getTimeZone();
        LocalDate firstMonday = now.toInstant().atZone(zone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1);
        Date since = Date.from(firstMonday.atStartOfDay(zone).toInstant());
        List<Object[]> rows = em.createQuery("select c.reasonLabel, c.createdAt, c.firstResponseAt"
                + " from SupportCaseImpl c where c.createdAt >= :since", Object[].class)
                .setParameter("since", since).getResultList();
        Long solved = em.createQuery("select sum(f.solvedCount) from FaqEntryImpl f", Long.class).getSingleResult();
        return report(firstMonday, weeks, zone, rows).withAnswersThatSolved(solved == null ? 0 : solved);
    }

    /** @param rows reason label, filed at, first answered at (or null) */
    static CaseReport report(LocalDate firstMonday, int weeks, ZoneId zone, List<Object[]> rows) {
        List<String> weekStarts = new ArrayList<String>();
        List<List<Long>> responses = new ArrayList<List<Long>>();
        for (int week = 0; week < weeks; week++) {
            weekStarts.add(firstMonday.plusWeeks(week).toString());
            responses.add(new ArrayList<Long>());
        }
        Map<String, List<Integer>> byReason = new TreeMap<String, List<Integer>>();
        for (Object[] row : rows) {
            Date filed = (Date) row[1];
            LocalDate day = filed.toInstant().atZone(zone).toLocalDate();
            int week = (int) Math.floorDiv(ChronoUnit.DAYS.between(firstMonday, day), 7);
            if (week < 0 || week >= weeks) {
                continue;
            }
            String reason = row[0] == null ? "" : (String) row[0];
            List<Integer> counts = byReason.computeIfAbsent(reason, ignored -> new ArrayList<Integer>(
                    Collections.nCopies(weeks, 0)));
            counts.set(week, counts.get(week) + 1);
            if (row[2] != null) {
                responses.get(week).add(((Date) row[2]).getTime() - filed.getTime());
            }
        }
        List<Integer> medians = new ArrayList<Integer>();
        for (List<Long> week : responses) {
            medians.add(week.isEmpty() ? null : ContactChannels.median(week, 1));
        }
        return new CaseReport(weekStarts, byReason, medians);
    }
}
