package io.concierge.core.survey;

import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.kernel.CsvCells;
import io.concierge.core.kernel.CustomerSegments;
import io.concierge.core.kernel.ReportWeeks;
import io.concierge.core.survey.SurveyFigures.Breakdown;
import io.concierge.core.survey.SurveyFigures.BreakdownTable;
import io.concierge.core.survey.SurveyFigures.ReasonCount;
import io.concierge.core.survey.SurveyRollup.Slice;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;

/**
 * The survey dashboard's figures, bean {@code cncSurveyDashboard}: each is one aggregate query over the rollup that
 * {@link SurveyRollup} keeps with every answer (counts per day and group, per reason, per product, category,
 * carrier, self-service, and per segment of every kernel {@link CustomerSegments}: loyalty's tiers, and the
 * invitations mailed and answered per day), so a view reads a few rows per day and slice whether the survey has a
 * thousand answers or a million; Java only folds days into weeks and works out the index. Days are the database's
 * calendar days of the stored times, folded into the store's weeks. The CSV export reads the answers themselves.
 */
@Service("cncSurveyDashboard")
public class SurveyDashboard {

    /** The longest period a view covers. */
    public static final int MAX_WEEKS = 53;
    /** The slices of a breakdown shown, those with the most answers. */
    public static final int MAX_SLICES = 20;

    private static final String ANSWERS_IN_PERIOD = " a.SURVEY_ID = :survey AND a.ANSWERED_AT >= :since"
            + " AND a.ANSWERED_AT < :until";
    private static final String IN_DAYS = " AND c.COUNT_DAY >= :firstDay AND c.COUNT_DAY <= :lastDay";
    private static final String KIND_IN_DAYS = " c.SURVEY_ID = :survey AND c.SLICE_KIND = :kind" + IN_DAYS;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncOrderTimelineService")
    protected OrderTimelineService timelines;

    /** Other capabilities' ways of sorting customers (loyalty's tiers): a breakdown each. */
    @Autowired(required = false)
    protected List<CustomerSegments> segmentations = Collections.emptyList();

    /** A survey and its period (days, in the store's time zone, both included). */
    public static final class Period {
        private final long surveyId;
        private final LocalDate from;
        private final LocalDate to;

        public Period(long surveyId, LocalDate from, LocalDate to) {
            this.surveyId = surveyId;
            this.from = from;
            this.to = to.isBefore(from) ? from : to;
        }

        public LocalDate getFrom() {
            return from;
        }

        public LocalDate getTo() {
            return to;
        }

        /** When its first day begins. */
        Date since(ZoneId zone) {
            return Date.from(from.atStartOfDay(zone).toInstant());
        }

        /** When its last day ends. */
        Date until(ZoneId zone) {
            return Date.from(to.plusDays(1).atStartOfDay(zone).toInstant());
        }

        /** The last {@code weeks} weeks from Monday, this one included, up to today. */
        public static Period lastWeeks(long surveyId, int weeks, Date now, ZoneId zone) {
            LocalDate today = now.toInstant().atZone(zone).toLocalDate();
            return new Period(surveyId, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .minusWeeks(weeks - 1), today);
        }
    }

    /** The store's time zone, in which periods and weeks are reckoned. */
    public ZoneId zone() {
        return timelines.options().getTimeZone();
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<SurveyImpl> surveys() {
        return em.createQuery("select s from SurveyImpl s order by s.id", SurveyImpl.class).getResultList();
    }

    /** @return the figures, or null for an unknown survey */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public SurveyFigures figures(Period period) {
        SurveyImpl survey = em.find(SurveyImpl.class, period.surveyId);
        if (survey == null) {
            return null;
        }
        ZoneId zone = zone();
        ReportWeeks weeks = ReportWeeks.between(period.from, period.to, MAX_WEEKS, zone);
        // A period longer than the weeks a view shows ends with its last week.
        Period shown = period.to.isAfter(weeks.lastDay())
                ? new Period(period.surveyId, period.from, weeks.lastDay()) : period;
        java.sql.Date firstDay = java.sql.Date.valueOf(shown.from);
        java.sql.Date lastDay = java.sql.Date.valueOf(shown.to);

        long mailed = 0;
        long mailedAndAnswered = 0;
        for (Object row : days(em.createNativeQuery("SELECT c.SLICE_KIND, SUM(c.ANSWERS) AS ANSWERS FROM "
                + SurveyDayCountImpl.TABLE + " c WHERE c.SURVEY_ID = :survey AND c.SLICE_KIND IN (:kinds)"
                + IN_DAYS + " GROUP BY c.SLICE_KIND"), survey, firstDay, lastDay)
                .setParameter("kinds", Arrays.asList(Slice.MAILED.name(), Slice.MAILED_ANSWERED.name()))
                .getResultList()) {
            Object[] counted = (Object[]) row;
            if (Slice.MAILED.name().equals(counted[0].toString().trim())) {
                mailed = number(counted[1]);
            } else {
                mailedAndAnswered = number(counted[1]);
            }
        }

        List<ScoreCounts> byWeek = new ArrayList<ScoreCounts>();
        for (String label : weeks.labels()) {
            byWeek.add(new ScoreCounts(label, 0, 0, 0, 0));
        }
        ScoreCounts total = new ScoreCounts("", 0, 0, 0, 0);
        for (Object row : ofKind(em.createNativeQuery("SELECT c.COUNT_DAY, c.SCORE_GROUP, SUM(c.ANSWERS) AS ANSWERS,"
                + " SUM(c.SCORE_SUM) AS SCORES FROM " + SurveyDayCountImpl.TABLE + " c WHERE" + KIND_IN_DAYS
                + " GROUP BY c.COUNT_DAY, c.SCORE_GROUP"), Slice.TOTAL.name(), survey, firstDay, lastDay)
                .getResultList()) {
            Object[] day = (Object[]) row;
            ScoreCounts counts = counts("", ScoreGroup.valueOf(day[1].toString().trim()), number(day[2]), number(day[3]));
            total = total.plus(counts);
            int week = weeks.weekOf(((java.sql.Date) day[0]).toLocalDate());
            if (week >= 0) {
                byWeek.set(week, byWeek.get(week).plus(counts));
            }
        }

        List<ReasonCount> reasons = new ArrayList<ReasonCount>();
        // The survey's reasons by their label in the store's default language (English).
        for (Object row : ofKind(em.createNativeQuery("SELECT r.LABEL_EN, SUM(c.ANSWERS) AS ANSWERS FROM "
                + SurveyDayCountImpl.TABLE + " c JOIN CNC_SURVEY_REASON r ON r.REASON_ID = c.REASON_ID WHERE"
                + KIND_IN_DAYS + " GROUP BY r.LABEL_EN HAVING SUM(c.ANSWERS) > 0"
                + " ORDER BY SUM(c.ANSWERS) DESC, r.LABEL_EN"),
                Slice.REASON.name(), survey, firstDay, lastDay).getResultList()) {
            Object[] reason = (Object[]) row;
            reasons.add(new ReasonCount((String) reason[0], number(reason[1])));
        }

        List<BreakdownTable> breakdowns = new ArrayList<BreakdownTable>();
        for (Breakdown breakdown : Breakdown.values()) {
            breakdowns.add(new BreakdownTable(breakdown.name(), "Survey_dashboardBy_" + breakdown.name(),
                    breakdown(breakdown.name(), survey, firstDay, lastDay)));
        }
        for (CustomerSegments segments : segmentations) {
            breakdowns.add(new BreakdownTable(segments.key(), segments.labelKey(),
                    breakdown(segments.key(), survey, firstDay, lastDay)));
        }
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        return new SurveyFigures(survey, shown.from.format(iso), shown.to.format(iso), mailed,
                mailedAndAnswered, total, weeks.labels(), byWeek, reasons, breakdowns);
    }

    /**
     * The answers of the period as CSV (a header, then one line per answer, oldest first), read in pages of a
     * thousand so that any number of answers streams out. A text that a spreadsheet would take for a formula is
     * written with a leading apostrophe.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public void answersAsCsv(Period period, Appendable out) throws IOException {
        ZoneId zone = zone();
        Date since = period.since(zone);
        Date until = period.until(zone);
        SurveyImpl survey = em.find(SurveyImpl.class, period.surveyId);
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("answered_at", "order_number", "email", "score", "group", "reasons", "comment", "case");
            if (survey == null) {
                return;
            }
            long after = Long.MIN_VALUE;
            List<?> page;
            do {
                page = inPeriod(em.createNativeQuery("SELECT a.ANSWER_ID, a.ANSWERED_AT, o.ORDER_NUMBER, i.EMAIL,"
                        + " a.SCORE, a.SCORE_GROUP, a.COMMENT_TEXT, c.CASE_NUMBER FROM CNC_SURVEY_ANSWER a"
                        + " JOIN CNC_SURVEY_INVITATION i ON i.INVITATION_ID = a.INVITATION_ID"
                        + " LEFT JOIN BLC_ORDER o ON o.ORDER_ID = a.ORDER_ID"
                        + " LEFT JOIN CNC_SUPPORT_CASE c ON c.CASE_ID = a.CASE_ID"
                        + " WHERE" + ANSWERS_IN_PERIOD + " AND a.ANSWER_ID > :after ORDER BY a.ANSWER_ID"),
                        survey, since, until).setParameter("after", after).setMaxResults(1000).getResultList();
                Map<Long, String> reasons = reasonsOf(page);
                for (Object row : page) {
                    Object[] answer = (Object[]) row;
                    after = number(answer[0]);
                    csv.printRecord(time.format(((Date) answer[1]).toInstant()), answer[2],
                            CsvCells.safe((String) answer[3]), answer[4], answer[5].toString().trim(),
                            CsvCells.safe(reasons.get(after)), CsvCells.safe((String) answer[6]),
                            answer[7]);
                }
            } while (page.size() == 1000);
        }
    }

    /** One breakdown's slices, most answers first, from the rollup's rows of its kind. */
    private List<ScoreCounts> breakdown(String kind, Survey survey, java.sql.Date firstDay, java.sql.Date lastDay) {
        List<ScoreCounts> rows = new ArrayList<ScoreCounts>();
        for (Object row : ofKind(em.createNativeQuery("SELECT c.SLICE_LABEL,"
                + " SUM(CASE WHEN c.SCORE_GROUP = 'DETRACTOR' THEN c.ANSWERS ELSE 0 END) AS DETRACTORS,"
                + " SUM(CASE WHEN c.SCORE_GROUP = 'PASSIVE' THEN c.ANSWERS ELSE 0 END) AS PASSIVES,"
                + " SUM(CASE WHEN c.SCORE_GROUP = 'PROMOTER' THEN c.ANSWERS ELSE 0 END) AS PROMOTERS,"
                + " SUM(c.SCORE_SUM) AS SCORES FROM " + SurveyDayCountImpl.TABLE + " c WHERE" + KIND_IN_DAYS
                + " GROUP BY c.SLICE_LABEL HAVING SUM(c.ANSWERS) > 0 ORDER BY SUM(c.ANSWERS) DESC, c.SLICE_LABEL"),
                kind, survey, firstDay, lastDay).setMaxResults(MAX_SLICES).getResultList()) {
            Object[] slice = (Object[]) row;
            rows.add(new ScoreCounts(slice[0] == null ? "" : slice[0].toString().trim(), number(slice[1]),
                    number(slice[2]), number(slice[3]), number(slice[4])));
        }
        return rows;
    }

    /** The reasons' labels of a page of answers, "; "-separated, by answer id: one query for the page. */
    private Map<Long, String> reasonsOf(List<?> page) {
        Map<Long, String> labels = new LinkedHashMap<Long, String>();
        if (page.isEmpty()) {
            return labels;
        }
        List<Long> ids = new ArrayList<Long>();
        for (Object row : page) {
            ids.add(number(((Object[]) row)[0]));
        }
        for (Object row : em.createNativeQuery("SELECT r.ANSWER_ID, c.LABEL_EN FROM CNC_SURVEY_ANSWER_REASON r"
                + " JOIN CNC_SURVEY_REASON c ON c.REASON_ID = r.REASON_ID WHERE r.ANSWER_ID IN (:ids)"
                + " ORDER BY r.ANSWER_ID, c.DISPLAY_ORDER").setParameter("ids", ids).getResultList()) {
            Object[] reason = (Object[]) row;
            labels.merge(number(reason[0]), (String) reason[1], (a, b) -> a + "; " + b);
        }
        return labels;
    }

    private static Query ofKind(Query query, String kind, Survey survey, java.sql.Date firstDay, java.sql.Date lastDay) {
        return days(query, survey, firstDay, lastDay).setParameter("kind", kind);
    }

    private static Query days(Query query, Survey survey, java.sql.Date firstDay, java.sql.Date lastDay) {
        return query.setParameter("survey", survey.getId()).setParameter("firstDay", firstDay)
                .setParameter("lastDay", lastDay);
    }

    private static Query inPeriod(Query query, Survey survey, Date since, Date until) {
        return query.setParameter("survey", survey.getId()).setParameter("since", since).setParameter("until", until);
    }

    private static ScoreCounts counts(String label, ScoreGroup group, long answers, long scoreSum) {
        return new ScoreCounts(label, group == ScoreGroup.DETRACTOR ? answers : 0,
                group == ScoreGroup.PASSIVE ? answers : 0, group == ScoreGroup.PROMOTER ? answers : 0, scoreSum);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
