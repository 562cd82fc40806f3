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
        List<Object[]> cases = em.createQuery("select c.reasonLabel, c.createdAt, c.firstResponseAt, c.channel"
                + " from SupportCaseImpl c where c.createdAt >= :since", Object[].class)
                .setParameter("since", since).getResultList();
        List<Date> solved = em.createQuery("select s.solvedAt from SolvedAnswerImpl s where s.solvedAt >= :since",
                Date.class).setParameter("since", since).getResultList();
        Long allTime = em.createQuery("select count(s) from SolvedAnswerImpl s", Long.class).getSingleResult();
        return report(firstMonday, weeks, zone, cases, solved, allTime);
    }

    /**
     * @param cases  reason label, filed at, first answered at (or null), channel type (or null: the case form)
     * @param solved when an FAQ answer was said to solve a question
     */
    static CaseReport report(LocalDate firstMonday, int weeks, ZoneId zone, List<Object[]> cases, List<Date> solved,
                             long solvedAllTime) {
        List<String> weekStarts = new ArrayList<String>();
        for (int week = 0; week < weeks; week++) {
            weekStarts.add(firstMonday.plusWeeks(week).toString());
        }
        Map<String, List<Integer>> byReason = new TreeMap<String, List<Integer>>();
        Map<String, List<List<Long>>> responsesByChannel = new TreeMap<String, List<List<Long>>>();
        for (Object[] row : cases) {
            Date filed = (Date) row[1];
            int week = weekOf(filed, firstMonday, zone);
            if (week < 0 || week >= weeks) {
                continue;
            }
            String reason = row[0] == null ? "" : (String) row[0];
            List<Integer> counts = byReason.computeIfAbsent(reason, ignored -> zeros(weeks));
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
        List<Integer> solvedByWeek = zeros(weeks);
        for (Date at : solved) {
            int week = weekOf(at, firstMonday, zone);
            if (week >= 0 && week < weeks) {
                solvedByWeek.set(week, solvedByWeek.get(week) + 1);
            }
        }
        return new CaseReport(weekStarts, byReason, mediansByChannel, solvedByWeek, solvedAllTime);
    }

    private static int weekOf(Date time, LocalDate firstMonday, ZoneId zone) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(firstMonday, time.toInstant().atZone(zone).toLocalDate()), 7);
    }

    private static List<Integer> zeros(int weeks) {
        return new ArrayList<Integer>(Collections.nCopies(weeks, 0));
    }

    private static List<List<Long>> emptyWeeks(int weeks) {
        List<List<Long>> empty = new ArrayList<List<Long>>();
        for (int week = 0; week < weeks; week++) {
            empty.add(new ArrayList<Long>());
        }
        return empty;
    }
}
