package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.StoreOptionsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

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
        return em.createQuery("select c from LoyaltyChangeImpl c where c.customerId = :customer"
                        + " order by c.changedAt desc, c.id desc", LoyaltyChangeImpl.class)
                .setParameter("customer", customerId).getResultList();
    }

    /** Re-evaluates one customer in the caller's transaction (a checkout, an order event). */
    @Transactional("blTransactionManager")
    public int reevaluate(long customerId, LoyaltyChangeReason reason) {
        return evaluation.evaluate(customerId, customerId, reason, new Date());
    }

    /**
     * Staff puts the customer in a tier (null: none), with the reason in a note. The standing then follows the usual
     * rules: a value below the tier's keep threshold keeps it for its grace days.
     *
     * @throws IllegalArgumentException with a message for staff, when the note is missing or too long or the tier
     *                                  does not exist; nothing is changed then
     */
    @Transactional("blTransactionManager")
    public void assign(long customerId, Long tierId, String note) {
        String reason = note == null ? "" : note.trim();
        if (reason.isEmpty() || reason.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("A manual tier needs a note of 1 to " + MAX_NOTE_LENGTH
                    + " characters saying why.");
        }
        if (tierId != null && em.find(LoyaltyTierImpl.class, tierId) == null) {
            throw new IllegalArgumentException("There is no loyalty tier " + tierId + ".");
        }
        Date now = DatabaseTimes.toTheSecond(new Date());
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
        em.persist(new LoyaltyChangeImpl(customerId, from, tierId, LoyaltyChangeReason.MANUAL, reason, now));
    }
}
