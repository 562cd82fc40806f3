package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.StoreOptionsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

/** Reads the tiers and customers' standings, and applies staff's manual assignments (bean {@code cncLoyalty}). */
@Component("cncLoyalty")
public class LoyaltyStandings {

    /** A manual assignment says why: the change log is the only trace of it. */
    public static final int MAX_NOTE_LENGTH = 500;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Resource(name = "cncLoyaltyEvaluation")
    protected LoyaltyEvaluation evaluation;

    /** The store's tiers, lowest rank first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<LoyaltyTier> tiers() {
        return em.createQuery("select t from LoyaltyTierImpl t order by t.rank", LoyaltyTier.class).getResultList();
    }

    /** Where the customer stands, for the shopper's page. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LoyaltyProgress progressOf(long customerId) {
        return LoyaltyProgress.of(storeOptions.read(LoyaltyOptionsImpl.class).getMetric(), tiers(),
                standingOf(customerId));
    }

    /** @return the customer's standing, or null when they were never evaluated */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LoyaltyStandingImpl standingOf(long customerId) {
        return em.find(LoyaltyStandingImpl.class, customerId);
    }

    /** @return the tier the customer holds, or null */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LoyaltyTier tierOf(long customerId) {
        LoyaltyStandingImpl standing = standingOf(customerId);
        return standing == null || standing.getTierId() == null ? null
                : em.find(LoyaltyTierImpl.class, standing.getTierId());
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean holds(long customerId, long tierId) {
        return em.createQuery("select count(s) from LoyaltyStandingImpl s where s.customerId = :customer"
                        + " and s.tierId = :tier", Long.class).setParameter("customer", customerId)
                .setParameter("tier", tierId).getSingleResult() > 0;
    }

    /** The customer's tier changes, newest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<LoyaltyChangeImpl> changesOf(long customerId) {
        return changes(customerId, 0, Integer.MAX_VALUE);
    }

    /** Re-evaluates one customer in the caller's transaction (a checkout, an order event). */
    @Transactional("blTransactionManager")
    public int reevaluate(long customerId, LoyaltyChangeReason reason) {
        return evaluation.evaluate(customerId, customerId, reason, new Date());
    }

    /** Field names and message keys of {@link #checkAssignment}. */
    public static final String TIER = "tier";
    public static final String NOTE = "note";
    public static final String KEPT_UNTIL = "keptUntil";
    public static final String NOTE_NEEDED = "LoyaltyAssignment_noteNeeded";
    public static final String NO_SUCH_TIER = "LoyaltyAssignment_noSuchTier";
    public static final String DATE_PAST = "LoyaltyAssignment_datePast";

    /**
     * What is wrong with a manual assignment, by field to message key: no tier, or one that does not exist; a note
     * missing or over {@value #MAX_NOTE_LENGTH} characters; a keep-until date not in the future.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<String, String> checkAssignment(Long tierId, String note, Date keptUntil) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        if (tierId == null || em.find(LoyaltyTierImpl.class, tierId) == null) {
            errors.put(TIER, NO_SUCH_TIER);
        }
        String reason = note == null ? "" : note.trim();
        if (reason.isEmpty() || reason.length() > MAX_NOTE_LENGTH) {
            errors.put(NOTE, NOTE_NEEDED);
        }
        if (keptUntil != null && !keptUntil.after(new Date())) {
            errors.put(KEPT_UNTIL, DATE_PAST);
        }
        return errors;
    }

    /**
     * Staff puts the customer in a tier, with the reason in a note, until {@code keptUntil} (null: until revoked):
     * meanwhile every evaluation keeps them at least in that tier. After it, the standing follows the usual rules: a
     * value below the tier's keep threshold keeps it for its grace days. A new assignment replaces the customer's
     * earlier one. The change log names {@code by}.
     *
     * @throws IllegalArgumentException with a message for staff, when {@link #checkAssignment} finds something wrong;
     *                                  nothing is changed then
     */
    @Transactional("blTransactionManager")
    public void assign(long customerId, Long tierId, String note, Date keptUntil, String by) {
        Map<String, String> errors = checkAssignment(tierId, note, keptUntil);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("A manual tier needs an existing tier, a note of 1 to "
                    + MAX_NOTE_LENGTH + " characters saying why, and a future date if any: " + errors);
        }
        Date now = DatabaseTimes.toTheSecond(new Date());
        LoyaltyAssignmentImpl assignment = em.find(LoyaltyAssignmentImpl.class, customerId);
        boolean firstAssignment = assignment == null;
        if (firstAssignment) {
            assignment = new LoyaltyAssignmentImpl();
            assignment.customerId = customerId;
        }
        assignment.tierId = tierId;
        assignment.note = note.trim();
        assignment.keptUntil = keptUntil;
        assignment.assignedBy = by;
        assignment.assignedAt = now;
        if (firstAssignment) {
            em.persist(assignment);
        }
        LoyaltyStandingImpl standing = em.find(LoyaltyStandingImpl.class, customerId);
        Long from = standing == null ? null : standing.getTierId();
        boolean first = standing == null;
        if (first) {
            standing = new LoyaltyStandingImpl();
            standing.customerId = customerId;
            standing.metricValue = BigDecimal.ZERO;
        }
        standing.tierId = tierId;
        standing.since = now;
        standing.keepUntil = null;
        standing.evaluatedAt = now;
        if (first) {
            em.persist(standing);
        }
        em.persist(new LoyaltyChangeImpl(customerId, from, tierId, LoyaltyChangeReason.MANUAL, note.trim(), now, by));
    }

    /**
     * Ends staff's assignment of the customer now and evaluates them by their orders (a value below the tier's keep
     * threshold keeps it for its grace days); logged as a manual change, even when the tier stays.
     *
     * @return false when the customer had no assignment
     */
    @Transactional("blTransactionManager")
    public boolean revoke(long customerId, String by) {
        LoyaltyAssignmentImpl assignment = em.find(LoyaltyAssignmentImpl.class, customerId);
        if (assignment == null) {
            return false;
        }
        em.remove(assignment);
        Date now = DatabaseTimes.toTheSecond(new Date());
        LoyaltyStandingImpl standing = em.find(LoyaltyStandingImpl.class, customerId);
        Long tier = standing == null ? null : standing.getTierId();
        em.persist(new LoyaltyChangeImpl(customerId, tier, tier, LoyaltyChangeReason.MANUAL,
                "Revoked: " + assignment.note, now, by));
        evaluation.evaluate(customerId, customerId, LoyaltyChangeReason.MANUAL, now);
        return true;
    }

    /** Staff's assignments, in force or past their date, newest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<LoyaltyAssignment> assignments() {
        return em.createQuery("select a from LoyaltyAssignmentImpl a order by a.assignedAt desc, a.customerId",
                LoyaltyAssignment.class).getResultList();
    }

    /** @return the customer's assignment, or null */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public LoyaltyAssignment assignmentOf(long customerId) {
        return em.find(LoyaltyAssignmentImpl.class, customerId);
    }

    /** One page (from 0) of every customer's tier changes, newest first; of one customer when given. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<LoyaltyChangeImpl> changes(Long customerId, int page, int size) {
        return ofCustomer(em.createQuery("select c from LoyaltyChangeImpl c" + whereCustomer(customerId)
                + " order by c.changedAt desc, c.id desc", LoyaltyChangeImpl.class), customerId)
                .setFirstResult(Math.max(0, page) * size).setMaxResults(size).getResultList();
    }

    /** How many tier changes {@link #changes} pages through. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public long changeCount(Long customerId) {
        return ofCustomer(em.createQuery("select count(c) from LoyaltyChangeImpl c" + whereCustomer(customerId),
                Long.class), customerId).getSingleResult();
    }

    /** The e-mail addresses of these customers, by id (one query). */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Map<Long, String> emailsOf(Collection<Long> customerIds) {
        Map<Long, String> emails = new HashMap<Long, String>();
        if (customerIds.isEmpty()) {
            return emails;
        }
        for (Object[] row : em.createQuery("select c.id, c.emailAddress from CustomerImpl c where c.id in (:ids)",
                Object[].class).setParameter("ids", customerIds).getResultList()) {
            emails.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return emails;
    }

    private static String whereCustomer(Long customerId) {
        return customerId == null ? "" : " where c.customerId = :customer";
    }

    private static <T> TypedQuery<T> ofCustomer(TypedQuery<T> query, Long customerId) {
        return customerId == null ? query : query.setParameter("customer", customerId);
    }
}
