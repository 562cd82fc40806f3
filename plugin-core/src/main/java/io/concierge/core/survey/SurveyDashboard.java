package io.concierge.core.survey;

import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.kernel.CsvCells;
import io.concierge.core.kernel.CustomerSegments;
import io.concierge.core.kernel.ReportWeeks;
import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.survey.SurveyFigures.Breakdown;
import io.concierge.core.survey.SurveyFigures.BreakdownTable;
import io.concierge.core.survey.SurveyFigures.ReasonCount;
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
 * The survey dashboard's figures, bean {@code cncSurveyDashboard}: each is one aggregate query in the database
 * (counts per group and day, per reason, per product, category, carrier, self-service, and per segment of every
 * kernel {@link CustomerSegments}: loyalty's tiers), so a view costs the same
 * few statements at a thousand answers as at a million; Java only folds days into weeks and works out the index.
 * Days are the database's calendar days of the stored times, folded into the store's weeks.
 */
@Service("cncSurveyDashboard")
public class SurveyDashboard {

    /** The longest period a view covers. */
    public static final int MAX_WEEKS = 53;
    /** The slices of a breakdown shown, those with the most answers. */
    public static final int MAX_SLICES = 20;

    private static final String ANSWERS_IN_PERIOD = " a.SURVEY_ID = :survey AND a.ANSWERED_AT >= :since"
            + " AND a.ANSWERED_AT < :until";
    private static final String ORDERED_PRODUCTS = " JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = a.ORDER_ID"
            + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID"
            + " JOIN BLC_PRODUCT p ON p.PRODUCT_ID = d.PRODUCT_ID";

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
        Date since = shown.since(zone);
        Date until = shown.until(zone);

        Object[] mailed = (Object[]) inPeriod(em.createNativeQuery("SELECT COUNT(*) AS MAILED, COUNT(a.ANSWER_ID) AS ANSWERED"
                + " FROM CNC_SURVEY_INVITATION i LEFT JOIN CNC_SURVEY_ANSWER a ON a.INVITATION_ID = i.INVITATION_ID"
                + " WHERE i.SURVEY_ID = :survey AND i.SENT_AT >= :since AND i.SENT_AT < :until"), survey, since, until)
                .getSingleResult();

        List<ScoreCounts> byWeek = new ArrayList<ScoreCounts>();
        for (String label : weeks.labels()) {
            byWeek.add(new ScoreCounts(label, 0, 0, 0, 0));
        }
        ScoreCounts total = new ScoreCounts("", 0, 0, 0, 0);
        for (Object row : inPeriod(em.createNativeQuery("SELECT CAST(a.ANSWERED_AT AS DATE) AS ANSWER_DAY,"
                + " a.SCORE_GROUP, COUNT(*) AS ANSWERS, SUM(a.SCORE) AS SCORES FROM CNC_SURVEY_ANSWER a WHERE" + ANSWERS_IN_PERIOD
                + " GROUP BY CAST(a.ANSWERED_AT AS DATE), a.SCORE_GROUP"), survey, since, until).getResultList()) {
            Object[] day = (Object[]) row;
            ScoreCounts counts = counts("", ScoreGroup.valueOf(day[1].toString().trim()), number(day[2]), number(day[3]));
            total = total.plus(counts);
            int week = weeks.weekOf(((java.sql.Date) day[0]).toLocalDate());
            if (week >= 0) {
                byWeek.set(week, byWeek.get(week).plus(counts));
            }
        }

        List<ReasonCount> reasons = new ArrayList<ReasonCount>();
        for (Object row : inPeriod(em.createNativeQuery("SELECT c.LABEL, COUNT(*) AS ANSWERS FROM CNC_SURVEY_ANSWER_REASON r"
                + " JOIN CNC_SURVEY_ANSWER a ON a.ANSWER_ID = r.ANSWER_ID JOIN CNC_CASE_REASON c ON c.REASON_ID = r.REASON_ID"
                + " WHERE" + ANSWERS_IN_PERIOD + " GROUP BY c.LABEL ORDER BY COUNT(*) DESC, c.LABEL"), survey, since, until)
                .getResultList()) {
            Object[] reason = (Object[]) row;
            reasons.add(new ReasonCount((String) reason[0], number(reason[1])));
        }

        List<BreakdownTable> breakdowns = new ArrayList<BreakdownTable>();
        for (Breakdown breakdown : Breakdown.values()) {
            breakdowns.add(new BreakdownTable(breakdown.name(), "Survey_dashboardBy_" + breakdown.name(),
                    breakdown(slices(breakdown), survey, since, until)));
        }
        for (CustomerSegments segments : segmentations) {
            breakdowns.add(new BreakdownTable(segments.key(), segments.labelKey(), breakdown(
                    "SELECT a.ANSWER_ID, a.SCORE, a.SCORE_GROUP, g.LABEL AS LABEL FROM CNC_SURVEY_ANSWER a"
                            + " JOIN CNC_SURVEY_INVITATION i ON i.INVITATION_ID = a.INVITATION_ID"
                            + " JOIN (" + segments.customersAndLabelsSql() + ") g ON g.CUSTOMER_ID = i.CUSTOMER_ID"
                            + " WHERE" + ANSWERS_IN_PERIOD, survey, since, until)));
        }
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE;
        return new SurveyFigures(survey, shown.from.format(iso), shown.to.format(iso), number(mailed[0]),
                number(mailed[1]), total, weeks.labels(), byWeek, reasons, breakdowns);
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

    /** The label of each answer's slice, one row per answer and slice. */
    private static String slices(Breakdown breakdown) {
        String answer = "SELECT DISTINCT a.ANSWER_ID, a.SCORE, a.SCORE_GROUP, ";
        switch (breakdown) {
            case PRODUCT:
                return answer + "s.NAME AS LABEL FROM CNC_SURVEY_ANSWER a" + ORDERED_PRODUCTS
                        + " JOIN BLC_SKU s ON s.SKU_ID = p.DEFAULT_SKU_ID WHERE" + ANSWERS_IN_PERIOD;
            case CATEGORY:
                return answer + "c.NAME AS LABEL FROM CNC_SURVEY_ANSWER a" + ORDERED_PRODUCTS
                        + " JOIN BLC_CATEGORY c ON c.CATEGORY_ID = p.DEFAULT_CATEGORY_ID WHERE" + ANSWERS_IN_PERIOD;
            case CARRIER:
                return answer + "e.CARRIER AS LABEL FROM CNC_SURVEY_ANSWER a JOIN CNC_ORDER_EVENT e"
                        + " ON e.ORDER_ID = a.ORDER_ID AND e.EVENT_TYPE = '" + OrderEventType.SHIPPED.name() + "'"
                        + " AND e.CARRIER IS NOT NULL WHERE" + ANSWERS_IN_PERIOD;
            default:
                // Whether the shopper changed, cancelled or returned the order on the site before answering.
                return answer + "CASE WHEN EXISTS (SELECT 1 FROM CNC_ORDER_AUDIT x WHERE x.ORDER_ID = a.ORDER_ID"
                        + " AND x.ACTOR_KIND = '" + Actor.Kind.CUSTOMER.name() + "') THEN 'yes' ELSE 'no' END AS LABEL"
                        + " FROM CNC_SURVEY_ANSWER a WHERE" + ANSWERS_IN_PERIOD;
        }
    }

    private List<ScoreCounts> breakdown(String slices, Survey survey, Date since, Date until) {
        List<ScoreCounts> rows = new ArrayList<ScoreCounts>();
        for (Object row : inPeriod(em.createNativeQuery("SELECT x.LABEL,"
                + " SUM(CASE WHEN x.SCORE_GROUP = 'DETRACTOR' THEN 1 ELSE 0 END) AS DETRACTORS,"
                + " SUM(CASE WHEN x.SCORE_GROUP = 'PASSIVE' THEN 1 ELSE 0 END) AS PASSIVES,"
                + " SUM(CASE WHEN x.SCORE_GROUP = 'PROMOTER' THEN 1 ELSE 0 END) AS PROMOTERS,"
                + " SUM(x.SCORE) AS SCORES"
                + " FROM (" + slices + ") x GROUP BY x.LABEL ORDER BY COUNT(*) DESC, x.LABEL"), survey, since, until)
                .setMaxResults(MAX_SLICES).getResultList()) {
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
        for (Object row : em.createNativeQuery("SELECT r.ANSWER_ID, c.LABEL FROM CNC_SURVEY_ANSWER_REASON r"
                + " JOIN CNC_CASE_REASON c ON c.REASON_ID = r.REASON_ID WHERE r.ANSWER_ID IN (:ids)"
                + " ORDER BY r.ANSWER_ID, c.DISPLAY_ORDER").setParameter("ids", ids).getResultList()) {
            Object[] reason = (Object[]) row;
            labels.merge(number(reason[0]), (String) reason[1], (a, b) -> a + "; " + b);
        }
        return labels;
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
