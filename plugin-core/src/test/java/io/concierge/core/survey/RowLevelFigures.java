package io.concierge.core.survey;

import io.concierge.core.kernel.CustomerSegments;
import io.concierge.core.kernel.ReportWeeks;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.Query;

/**
 * The survey dashboard's figures as the row-level queries give them, straight from the answers, their orders and
 * their invitations: what the rollup must agree with, to the last count (SurveyRollupIT). Each line is one figure,
 * rendered as text so that two sets of figures compare with their differences shown.
 */
final class RowLevelFigures {

    private static final String IN_PERIOD = " a.SURVEY_ID = :survey AND a.ANSWERED_AT >= :since"
            + " AND a.ANSWERED_AT < :until";
    private static final String PRODUCTS = " JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = a.ORDER_ID"
            + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID"
            + " JOIN BLC_PRODUCT p ON p.PRODUCT_ID = d.PRODUCT_ID";

    private RowLevelFigures() {
    }

    /** The rollup's figures in the same lines. */
    static List<String> of(SurveyFigures figures) {
        List<String> lines = new ArrayList<String>();
        lines.add("mailed " + figures.getMailed() + ", answered " + figures.getMailedAndAnswered());
        lines.add("total " + line(figures.getTotal()));
        for (int week = 0; week < figures.getWeeks().size(); week++) {
            lines.add("week " + figures.getWeeks().get(week) + " " + line(figures.getByWeek().get(week)));
        }
        for (SurveyFigures.ReasonCount reason : figures.getReasons()) {
            lines.add("reason " + reason.getLabel() + " " + reason.getAnswers());
        }
        for (SurveyFigures.BreakdownTable table : figures.getBreakdowns()) {
            for (ScoreCounts slice : table.getSlices()) {
                lines.add(table.getKey() + " " + slice.getLabel() + " " + line(slice));
            }
        }
        return lines;
    }

    /**
     * The same lines from the rows: the period {@code since} to {@code until}, its weeks as the dashboard's figures
     * name them, the reasons' labels in {@code reasonTable} (id REASON_ID, label {@code labelColumn}).
     */
    static List<String> fromRows(EntityManager em, SurveyFigures shown, Date since, Date until, ZoneId zone,
                                 List<CustomerSegments> segmentations, String reasonTable, String labelColumn) {
        long surveyId = shown.getSurvey().getId();
        List<String> lines = new ArrayList<String>();
        Object[] mailed = (Object[]) period(em.createNativeQuery("SELECT COUNT(*) AS MAILED, COUNT(a.ANSWER_ID) AS"
                + " ANSWERED FROM CNC_SURVEY_INVITATION i LEFT JOIN CNC_SURVEY_ANSWER a ON a.INVITATION_ID ="
                + " i.INVITATION_ID WHERE i.SURVEY_ID = :survey AND i.SENT_AT >= :since AND i.SENT_AT < :until"),
                surveyId, since, until).getSingleResult();
        lines.add("mailed " + number(mailed[0]) + ", answered " + number(mailed[1]));
        List<ScoreCounts> total = slices("SELECT a.ANSWER_ID, a.SCORE, a.SCORE_GROUP, 'all' AS LABEL"
                + " FROM CNC_SURVEY_ANSWER a WHERE" + IN_PERIOD, em, surveyId, since, until);
        lines.add("total " + line(total.isEmpty() ? new ScoreCounts("", 0, 0, 0, 0) : total.get(0)));
        List<ScoreCounts> weeks = new ArrayList<ScoreCounts>();
        for (String week : shown.getWeeks()) {
            weeks.add(new ScoreCounts(week, 0, 0, 0, 0));
        }
        ReportWeeks report = ReportWeeks.between(java.time.LocalDate.parse(shown.getFrom()),
                java.time.LocalDate.parse(shown.getTo()), SurveyDashboard.MAX_WEEKS, zone);
        for (Object row : period(em.createNativeQuery("SELECT CAST(a.ANSWERED_AT AS DATE) AS ANSWER_DAY,"
                + " a.SCORE_GROUP, COUNT(*) AS ANSWERS, SUM(a.SCORE) AS SCORES FROM CNC_SURVEY_ANSWER a WHERE"
                + IN_PERIOD + " GROUP BY CAST(a.ANSWERED_AT AS DATE), a.SCORE_GROUP"), surveyId, since, until)
                .getResultList()) {
            Object[] day = (Object[]) row;
            ScoreGroup group = ScoreGroup.valueOf(day[1].toString().trim());
            long answers = number(day[2]);
            int week = report.weekOf(((java.sql.Date) day[0]).toLocalDate());
            if (week < 0) {
                continue;
            }
            weeks.set(week, weeks.get(week).plus(new ScoreCounts("", group == ScoreGroup.DETRACTOR ? answers : 0,
                    group == ScoreGroup.PASSIVE ? answers : 0, group == ScoreGroup.PROMOTER ? answers : 0,
                    number(day[3]))));
        }
        for (ScoreCounts week : weeks) {
            lines.add("week " + week.getLabel() + " " + line(week));
        }
        for (Object row : period(em.createNativeQuery("SELECT c." + labelColumn + " AS LABEL, COUNT(*) AS ANSWERS"
                + " FROM CNC_SURVEY_ANSWER_REASON r JOIN CNC_SURVEY_ANSWER a ON a.ANSWER_ID = r.ANSWER_ID"
                + " JOIN " + reasonTable + " c ON c.REASON_ID = r.REASON_ID WHERE" + IN_PERIOD
                + " GROUP BY c." + labelColumn + " ORDER BY COUNT(*) DESC, c." + labelColumn), surveyId, since, until)
                .getResultList()) {
            Object[] reason = (Object[]) row;
            lines.add("reason " + reason[0] + " " + number(reason[1]));
        }
        String answer = "SELECT DISTINCT a.ANSWER_ID, a.SCORE, a.SCORE_GROUP, ";
        breakdown(lines, "PRODUCT", answer + "s.NAME AS LABEL FROM CNC_SURVEY_ANSWER a" + PRODUCTS
                + " JOIN BLC_SKU s ON s.SKU_ID = p.DEFAULT_SKU_ID WHERE" + IN_PERIOD, em, surveyId, since, until);
        breakdown(lines, "CATEGORY", answer + "c.NAME AS LABEL FROM CNC_SURVEY_ANSWER a" + PRODUCTS
                + " JOIN BLC_CATEGORY c ON c.CATEGORY_ID = p.DEFAULT_CATEGORY_ID WHERE" + IN_PERIOD,
                em, surveyId, since, until);
        breakdown(lines, "CARRIER", answer + "e.CARRIER AS LABEL FROM CNC_SURVEY_ANSWER a JOIN CNC_ORDER_EVENT e"
                + " ON e.ORDER_ID = a.ORDER_ID AND e.EVENT_TYPE = 'SHIPPED' AND e.CARRIER IS NOT NULL WHERE"
                + IN_PERIOD, em, surveyId, since, until);
        breakdown(lines, "SELF_SERVICE", answer + "CASE WHEN EXISTS (SELECT 1 FROM CNC_ORDER_AUDIT x"
                + " WHERE x.ORDER_ID = a.ORDER_ID AND x.ACTOR_KIND = 'CUSTOMER') THEN 'yes' ELSE 'no' END AS LABEL"
                + " FROM CNC_SURVEY_ANSWER a WHERE" + IN_PERIOD, em, surveyId, since, until);
        for (CustomerSegments segments : segmentations) {
            breakdown(lines, segments.key(), "SELECT a.ANSWER_ID, a.SCORE, a.SCORE_GROUP, g.LABEL AS LABEL"
                    + " FROM CNC_SURVEY_ANSWER a JOIN CNC_SURVEY_INVITATION i ON i.INVITATION_ID = a.INVITATION_ID"
                    + " JOIN (" + segments.customersAndLabelsSql() + ") g ON g.CUSTOMER_ID = i.CUSTOMER_ID"
                    + " WHERE" + IN_PERIOD, em, surveyId, since, until);
        }
        return lines;
    }

    private static void breakdown(List<String> lines, String key, String rows, EntityManager em, long surveyId,
                                  Date since, Date until) {
        List<ScoreCounts> slices = slices(rows, em, surveyId, since, until);
        for (ScoreCounts slice : slices.subList(0, Math.min(slices.size(), SurveyDashboard.MAX_SLICES))) {
            lines.add(key + " " + slice.getLabel() + " " + line(slice));
        }
    }

    private static List<ScoreCounts> slices(String rows, EntityManager em, long surveyId, Date since, Date until) {
        List<ScoreCounts> slices = new ArrayList<ScoreCounts>();
        for (Object row : period(em.createNativeQuery("SELECT x.LABEL,"
                + " SUM(CASE WHEN x.SCORE_GROUP = 'DETRACTOR' THEN 1 ELSE 0 END) AS DETRACTORS,"
                + " SUM(CASE WHEN x.SCORE_GROUP = 'PASSIVE' THEN 1 ELSE 0 END) AS PASSIVES,"
                + " SUM(CASE WHEN x.SCORE_GROUP = 'PROMOTER' THEN 1 ELSE 0 END) AS PROMOTERS,"
                + " SUM(x.SCORE) AS SCORES FROM (" + rows + ") x GROUP BY x.LABEL ORDER BY COUNT(*) DESC, x.LABEL"),
                surveyId, since, until).getResultList()) {
            Object[] slice = (Object[]) row;
            slices.add(new ScoreCounts(slice[0] == null ? "" : slice[0].toString().trim(), number(slice[1]),
                    number(slice[2]), number(slice[3]), number(slice[4])));
        }
        return slices;
    }

    private static Query period(Query query, long surveyId, Date since, Date until) {
        return query.setParameter("survey", surveyId).setParameter("since", since).setParameter("until", until);
    }

    private static String line(ScoreCounts counts) {
        return counts.getDetractors() + "/" + counts.getPassives() + "/" + counts.getPromoters() + " avg "
                + counts.getAverageScore();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
