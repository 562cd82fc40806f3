package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.StoreOptionsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/**
 * Staff's points (admin: Customer Service › Loyalty assignments): points added or removed for a customer with a
 * note, kept in a ledger ({@link LoyaltyPointsAdjustmentImpl}) that the evaluation counts by date within the window
 * while the metric is {@link LoyaltyMetric#POINTS}. Each adjustment re-evaluates the customer at once.
 */
@Component("cncLoyaltyPoints")
public class LoyaltyPoints {

    /** The most points one adjustment adds or removes. */
    public static final int MAX_POINTS = 1_000_000;

    /** Field names and message keys of {@link #check}. */
    public static final String POINTS = "points";
    public static final String POINTS_NEEDED = "LoyaltyPoints_pointsNeeded";
    public static final String NOT_COUNTING_POINTS = "LoyaltyPoints_notCountingPoints";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncLoyaltyEvaluation")
    protected LoyaltyEvaluation evaluation;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    /**
     * What is wrong with an adjustment, by field to message key: points that are not a whole number from
     * -{@value #MAX_POINTS} to {@value #MAX_POINTS} other than 0, or a programme that does not count points (they
     * would count for nothing); a note missing or over {@value LoyaltyStandings#MAX_NOTE_LENGTH} characters.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<String, String> check(String points, String note) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (!LoyaltyMetric.POINTS.equals(storeOptions.read(LoyaltyOptionsImpl.class).getMetric())) {
            errors.put(POINTS, NOT_COUNTING_POINTS);
        } else if (pointsOf(points) == null) {
            errors.put(POINTS, POINTS_NEEDED);
        }
        String reason = note == null ? "" : note.trim();
        if (reason.isEmpty() || reason.length() > LoyaltyStandings.MAX_NOTE_LENGTH) {
            errors.put(LoyaltyStandings.NOTE, LoyaltyStandings.NOTE_NEEDED);
        }
        return errors;
    }

    /** The points typed, or null unless a whole number within ±{@value #MAX_POINTS} other than 0. */
    public static Integer pointsOf(String points) {
        String typed = points == null ? "" : points.trim();
        if (!typed.matches("[+-]?\\d{1,7}")) {
            return null;
        }
        int value = Integer.parseInt(typed);
        return value == 0 || Math.abs(value) > MAX_POINTS ? null : value;
    }

    /**
     * Adds (negative: removes) points for the customer with staff's note, dated now, and re-evaluates them (a tier
     * change it brings is logged as {@link LoyaltyChangeReason#MANUAL}).
     *
     * @throws IllegalArgumentException with a message for staff when {@link #check} finds something wrong; nothing
     *                                  is changed then
     */
    @Transactional("blTransactionManager")
    public void adjust(long customerId, String points, String note, String by) {
        Map<String, String> errors = check(points, note);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("Points need the metric POINTS, a whole number other than 0 within "
                    + MAX_POINTS + " and a note of 1 to " + LoyaltyStandings.MAX_NOTE_LENGTH + " characters: "
                    + errors);
        }
        Date now = DatabaseTimes.toTheSecond(new Date());
        LoyaltyPointsAdjustmentImpl adjustment = new LoyaltyPointsAdjustmentImpl();
        adjustment.customerId = customerId;
        adjustment.points = pointsOf(points);
        adjustment.note = note.trim();
        adjustment.adjustedAt = now;
        adjustment.adjustedBy = by;
        em.persist(adjustment);
        evaluation.evaluate(customerId, customerId, LoyaltyChangeReason.MANUAL, now);
    }

    /** The customer's adjustments (every customer's when null), newest first, at most {@code max}. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<LoyaltyPointsAdjustmentImpl> adjustments(Long customerId, int max) {
        TypedQuery<LoyaltyPointsAdjustmentImpl> query = em.createQuery("select p from LoyaltyPointsAdjustmentImpl p"
                + (customerId == null ? "" : " where p.customerId = :customer")
                + " order by p.adjustedAt desc, p.id desc", LoyaltyPointsAdjustmentImpl.class);
        return (customerId == null ? query : query.setParameter("customer", customerId)).setMaxResults(max)
                .getResultList();
    }

    /**
     * How many adjustments are dated from {@code start} on. Flushes nothing: an admin form's validator asks it with
     * submitted values not yet found valid in the persistence context.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long adjustmentsSince(Date start) {
        return em.createQuery("select count(p) from LoyaltyPointsAdjustmentImpl p where p.adjustedAt >= :start",
                Long.class).setParameter("start", start).setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }
}
