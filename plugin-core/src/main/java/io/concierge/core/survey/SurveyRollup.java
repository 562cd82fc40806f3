package io.concierge.core.survey;

import io.concierge.core.kernel.CustomerSegments;
import io.concierge.core.kernel.JobLeases;
import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.OrderEventType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;

/**
 * The survey dashboard's rollup, bean {@code cncSurveyRollup}: per survey and day, how many answers fell in each
 * slice the dashboard shows (all of them, each product, category, carrier, self-service, each segment of the
 * kernel's {@link CustomerSegments}, each reason) by score group, with their scores' sum, and how many invitations
 * were mailed that day and answered since (table {@link SurveyDayCountImpl#TABLE}). Every write is set-based SQL in
 * the caller's transaction, from the rows just written, so the counts commit or roll back with the answer itself.
 * <p>
 * Concurrency: every write is an upsert that adds to the stored counts in the database ({@code ANSWERS = ANSWERS +
 * n}: PostgreSQL's {@code ON CONFLICT DO UPDATE}, MariaDB/MySQL's {@code ON DUPLICATE KEY UPDATE}, the standard
 * {@code MERGE} elsewhere). Two nodes recording answers of the same slice at once never overwrite each other: the
 * second waits for the first's row lock and adds to the committed count; two inserting the same new key meet on the
 * primary key, and the second turns into the update. Each statement writes its rows in key order, so two
 * transactions take their common rows' locks in the same order and do not deadlock. Insert-only delta rows would be
 * as safe, but a view would then sum as many rows as there are answers, which is what the rollup is there to avoid.
 * <p>
 * Slices are fixed when the answer is recorded (the carrier that shipped, the tier held, whether the shopper changed
 * the order on the site before answering, the product's name then); an edit of the follow-up moves only the
 * reasons' counts, the one thing an answer's edit changes (the score is recorded once, by the click).
 */
@Component("cncSurveyRollup")
public class SurveyRollup {

    private static final Log LOG = LogFactory.getLog(SurveyRollup.class);
    private static final String JOB = "survey-rollup-rebuild";
    private static final String KEY_COLUMNS = "SURVEY_ID, SLICE_KIND, COUNT_DAY, SLICE_LABEL, SCORE_GROUP, REASON_ID";
    private static final String COLUMNS = KEY_COLUMNS + ", ANSWERS, SCORE_SUM";
    private static final String ORDERED_PRODUCTS = " JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = a.ORDER_ID"
            + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID"
            + " JOIN BLC_PRODUCT p ON p.PRODUCT_ID = d.PRODUCT_ID";
    private static final String ANSWER_DAY = "CAST(a.ANSWERED_AT AS DATE) AS COUNT_DAY";
    private static final String SCORED = "a.SURVEY_ID, " + ANSWER_DAY + ", a.SCORE_GROUP, a.SCORE";

    /** The kinds of rows: the slices of answers (and the breakdowns' keys), then the invitations'. */
    public enum Slice {
        /** Every answer, by day and group. */
        TOTAL,
        PRODUCT, CATEGORY, CARRIER, SELF_SERVICE,
        /** The reasons ticked, by reason id. */
        REASON,
        /** Invitations, by the day they were mailed. */
        MAILED,
        /** Invitations answered, by the day they were mailed. */
        MAILED_ANSWERED
    }

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncJobLeases")
    protected JobLeases leases;

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    /** Other capabilities' ways of sorting customers (loyalty's tiers): a slice each, under its key. */
    @Autowired(required = false)
    protected List<CustomerSegments> segmentations = Collections.emptyList();

    private volatile Upsert upsert;

    /** Once, soon after the start: the counts of answers recorded before the rollup existed (an upgrade, a seed). */
    @PostConstruct
    public void start() {
        scheduler.schedule(() -> {
            try {
                int rebuilt = rebuildWhereMissing();
                if (rebuilt > 0) {
                    LOG.info("survey rollup rebuilt for " + rebuilt + " survey(s) recorded without it");
                }
            } catch (RuntimeException e) {
                LOG.warn("survey rollup rebuild failed; the dashboard misses the answers of surveys recorded"
                        + " without it until the next start", e);
            }
        }, new Date());
    }

    /** In the caller's transaction, with the answer (and its invitation's answered state) written: counts it. */
    void recorded(long answerId) {
        Scope answer = Scope.answer(answerId);
        for (Slice slice : new Slice[] {Slice.TOTAL, Slice.PRODUCT, Slice.CATEGORY, Slice.CARRIER,
                Slice.SELF_SERVICE}) {
            add(slice.name(), slice, answer, 1);
        }
        for (CustomerSegments segments : segmentations) {
            add(segments.key(), null, answer, 1);
        }
        add(Slice.REASON.name(), Slice.REASON, answer, 1);
        add(Slice.MAILED_ANSWERED.name(), Slice.MAILED_ANSWERED, answer, 1);
    }

    /**
     * In the caller's transaction: takes the answer's reasons, as now written, off the counts (sign -1, before an
     * edit) or adds them (sign 1, after it, flushed).
     */
    void reasons(long answerId, int sign) {
        add(Slice.REASON.name(), Slice.REASON, Scope.answer(answerId), sign);
    }

    /** In the caller's transaction, with the invitations' mailing time written: counts them mailed. */
    void mailed(Collection<Long> invitationIds) {
        if (!invitationIds.isEmpty()) {
            add(Slice.MAILED.name(), Slice.MAILED, Scope.invitations(invitationIds), 1);
        }
    }

    /**
     * Counts the survey's answers and invitations anew from their rows, in the caller's transaction: for seeds and
     * answers written without the rollup. Meant for a quiet moment (an answer recorded while it runs may be counted
     * twice or not at all).
     */
    public void rebuild(long surveyId) {
        em.createNativeQuery("DELETE FROM " + SurveyDayCountImpl.TABLE + " WHERE SURVEY_ID = :survey")
                .setParameter("survey", surveyId).executeUpdate();
        Scope survey = Scope.survey(surveyId);
        for (Slice slice : Slice.values()) {
            add(slice.name(), slice, survey, 1);
        }
        for (CustomerSegments segments : segmentations) {
            add(segments.key(), null, survey, 1);
        }
    }

    /**
     * Rebuilds, one node at a time, the surveys that have answers or mailed invitations but no counts at all.
     * @return how many, or 0 when another node is at it
     */
    public int rebuildWhereMissing() {
        Integer rebuilt = leases.whileHeld(JOB, Duration.ofHours(1), lease -> lease.inTransaction(status -> {
            @SuppressWarnings("unchecked")
            List<Object> missing = em.createNativeQuery("SELECT s.SURVEY_ID FROM CNC_SURVEY s WHERE NOT EXISTS"
                    + " (SELECT 1 FROM " + SurveyDayCountImpl.TABLE + " c WHERE c.SURVEY_ID = s.SURVEY_ID)"
                    + " AND (EXISTS (SELECT 1 FROM CNC_SURVEY_ANSWER a WHERE a.SURVEY_ID = s.SURVEY_ID)"
                    + " OR EXISTS (SELECT 1 FROM CNC_SURVEY_INVITATION i WHERE i.SURVEY_ID = s.SURVEY_ID"
                    + " AND i.SENT_AT IS NOT NULL)) ORDER BY s.SURVEY_ID").getResultList();
            for (Object id : missing) {
                rebuild(((Number) id).longValue());
            }
            return missing.size();
        }));
        return rebuilt == null ? 0 : rebuilt;
    }

    /** Which rows a write counts: one answer, a few invitations, or a whole survey. */
    private static final class Scope {
        private final String answers;
        private final String invitations;
        private final String parameter;
        private final Object value;

        private Scope(String answers, String invitations, String parameter, Object value) {
            this.answers = answers;
            this.invitations = invitations;
            this.parameter = parameter;
            this.value = value;
        }

        static Scope answer(long answerId) {
            return new Scope("a.ANSWER_ID = :answer", null, "answer", answerId);
        }

        static Scope invitations(Collection<Long> ids) {
            return new Scope(null, "i.INVITATION_ID IN (:ids)", "ids", new ArrayList<Long>(ids));
        }

        static Scope survey(long surveyId) {
            return new Scope("a.SURVEY_ID = :survey", "i.SURVEY_ID = :survey", "survey", surveyId);
        }
    }

    /**
     * Adds {@code sign} times the counts of the scope's rows in one slice kind: the slice's rows (one per answer and
     * label), grouped by key, upserted. A {@code segment} slice has no {@link Slice} (null) and is named by its key.
     */
    private void add(String kind, Slice slice, Scope scope, int sign) {
        String rows = rowsOf(kind, slice, scope);
        if (rows == null) {
            return;
        }
        boolean labelled = slice == null || slice == Slice.PRODUCT || slice == Slice.CATEGORY
                || slice == Slice.CARRIER || slice == Slice.SELF_SERVICE;
        boolean scored = slice != Slice.MAILED && slice != Slice.MAILED_ANSWERED;
        String label = labelled ? "x.LABEL" : "''";
        String group = scored ? "x.SCORE_GROUP" : "''";
        String reason = slice == Slice.REASON ? "x.REASON_ID" : "0";
        String select = "SELECT x.SURVEY_ID, '" + kind + "', x.COUNT_DAY, " + label + ", " + group + ", " + reason
                + ", " + sign + " * COUNT(*), " + (scored ? sign + " * SUM(x.SCORE)" : "0")
                + " FROM (" + rows + ") x GROUP BY x.SURVEY_ID, x.COUNT_DAY"
                + (labelled ? ", x.LABEL" : "") + (scored ? ", x.SCORE_GROUP" : "")
                + (slice == Slice.REASON ? ", x.REASON_ID" : "");
        String ordered = " ORDER BY x.COUNT_DAY" + (labelled ? ", x.LABEL" : "") + (scored ? ", x.SCORE_GROUP" : "")
                + (slice == Slice.REASON ? ", x.REASON_ID" : "");
        Query query = em.createNativeQuery(upsert().statement(select, ordered));
        query.setParameter(scope.parameter, scope.value).executeUpdate();
    }

    /** The rows of one slice kind for the scope: SURVEY_ID, COUNT_DAY and, as the kind needs, the rest. */
    private String rowsOf(String kind, Slice slice, Scope scope) {
        if (slice == Slice.MAILED) {
            return scope.invitations == null ? null : "SELECT i.SURVEY_ID, CAST(i.SENT_AT AS DATE) AS COUNT_DAY"
                    + " FROM CNC_SURVEY_INVITATION i WHERE " + scope.invitations + " AND i.SENT_AT IS NOT NULL";
        }
        if (scope.answers == null) {
            return null;
        }
        String where = " WHERE " + scope.answers;
        if (slice == null) {
            for (CustomerSegments segments : segmentations) {
                if (segments.key().equals(kind)) {
                    return "SELECT " + SCORED + ", g.LABEL AS LABEL FROM CNC_SURVEY_ANSWER a"
                            + " JOIN CNC_SURVEY_INVITATION i ON i.INVITATION_ID = a.INVITATION_ID"
                            + " JOIN (" + segments.customersAndLabelsSql() + ") g ON g.CUSTOMER_ID = i.CUSTOMER_ID"
                            + where;
                }
            }
            throw new IllegalArgumentException("no customer segments " + kind);
        }
        // One row per answer and label: an order of two products of one name counts once for that name.
        String distinct = "SELECT DISTINCT a.ANSWER_ID, " + SCORED + ", ";
        switch (slice) {
            case TOTAL:
                return "SELECT " + SCORED + " FROM CNC_SURVEY_ANSWER a" + where;
            case PRODUCT:
                return distinct + "COALESCE(s.NAME, '') AS LABEL FROM CNC_SURVEY_ANSWER a" + ORDERED_PRODUCTS
                        + " JOIN BLC_SKU s ON s.SKU_ID = p.DEFAULT_SKU_ID" + where;
            case CATEGORY:
                return distinct + "COALESCE(c.NAME, '') AS LABEL FROM CNC_SURVEY_ANSWER a" + ORDERED_PRODUCTS
                        + " JOIN BLC_CATEGORY c ON c.CATEGORY_ID = p.DEFAULT_CATEGORY_ID" + where;
            case CARRIER:
                return distinct + "e.CARRIER AS LABEL FROM CNC_SURVEY_ANSWER a JOIN CNC_ORDER_EVENT e"
                        + " ON e.ORDER_ID = a.ORDER_ID AND e.EVENT_TYPE = '" + OrderEventType.SHIPPED.name() + "'"
                        + " AND e.CARRIER IS NOT NULL" + where;
            case SELF_SERVICE:
                // Whether the shopper changed, cancelled or returned the order on the site (before answering: the
                // answer is counted when recorded). TRIM: HSQLDB pads a CASE's shorter literal.
                return "SELECT " + SCORED + ", TRIM(CASE WHEN EXISTS (SELECT 1 FROM CNC_ORDER_AUDIT y"
                        + " WHERE y.ORDER_ID = a.ORDER_ID AND y.ACTOR_KIND = '" + Actor.Kind.CUSTOMER.name() + "')"
                        + " THEN 'yes' ELSE 'no' END) AS LABEL FROM CNC_SURVEY_ANSWER a" + where;
            case REASON:
                return "SELECT " + SCORED + ", r.REASON_ID FROM CNC_SURVEY_ANSWER_REASON r"
                        + " JOIN CNC_SURVEY_ANSWER a ON a.ANSWER_ID = r.ANSWER_ID" + where;
            case MAILED_ANSWERED:
                return "SELECT i.SURVEY_ID, CAST(i.SENT_AT AS DATE) AS COUNT_DAY FROM CNC_SURVEY_ANSWER a"
                        + " JOIN CNC_SURVEY_INVITATION i ON i.INVITATION_ID = a.INVITATION_ID" + where
                        + " AND i.SENT_AT IS NOT NULL";
            default:
                throw new IllegalArgumentException(slice.name());
        }
    }

    private Upsert upsert() {
        Upsert known = upsert;
        if (known == null) {
            known = Upsert.of(em.unwrap(Session.class)
                    .doReturningWork(connection -> connection.getMetaData().getDatabaseProductName()));
            upsert = known;
        }
        return known;
    }

    /** How the database adds a statement's counts to the stored ones. */
    enum Upsert {
        POSTGRESQL, MYSQL, MERGE;

        static Upsert of(String productName) {
            String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
            return name.contains("postgres") ? POSTGRESQL
                    : name.contains("mysql") || name.contains("mariadb") ? MYSQL : MERGE;
        }

        /** {@code select} yields the key columns, then the counts to add; {@code order} sorts it by key. */
        String statement(String select, String order) {
            String table = SurveyDayCountImpl.TABLE;
            switch (this) {
                case POSTGRESQL:
                    return "INSERT INTO " + table + " (" + COLUMNS + ") " + select + order + " ON CONFLICT ("
                            + KEY_COLUMNS + ") DO UPDATE SET ANSWERS = " + table + ".ANSWERS + EXCLUDED.ANSWERS,"
                            + " SCORE_SUM = " + table + ".SCORE_SUM + EXCLUDED.SCORE_SUM";
                case MYSQL:
                    return "INSERT INTO " + table + " (" + COLUMNS + ") " + select + order
                            + " ON DUPLICATE KEY UPDATE ANSWERS = " + table + ".ANSWERS + VALUES(ANSWERS),"
                            + " SCORE_SUM = " + table + ".SCORE_SUM + VALUES(SCORE_SUM)";
                default:
                    StringBuilder on = new StringBuilder();
                    for (String column : KEY_COLUMNS.split(", ")) {
                        on.append(on.length() == 0 ? "" : " AND ").append("t.").append(column).append(" = n.")
                                .append(column);
                    }
                    return "MERGE INTO " + table + " t USING (" + select + ") n (" + COLUMNS + ") ON " + on
                            + " WHEN MATCHED THEN UPDATE SET t.ANSWERS = t.ANSWERS + n.ANSWERS,"
                            + " t.SCORE_SUM = t.SCORE_SUM + n.SCORE_SUM WHEN NOT MATCHED THEN INSERT ("
                            + COLUMNS + ") VALUES (n." + COLUMNS.replace(", ", ", n.") + ")";
            }
        }
    }
}
