package io.concierge.core.guidance;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * The mined rules as the storefront and the merchant see them (bean {@code cncCoPurchaseRules}): the rules of a
 * product that the merchant has not marked as wrong, strongest first by {@link CoPurchaseRule#getAddedConfidence()},
 * which damps best-sellers.
 */
@Component("cncCoPurchaseRules")
public class CoPurchaseRules {

    /** The strongest first; among equals the smaller product id, so the order is stable. */
    static final Comparator<CoPurchaseRule> STRONGEST_FIRST = Comparator
            .comparingDouble(CoPurchaseRule::getAddedConfidence).reversed()
            .thenComparingLong(CoPurchaseRule::getRecommendedProductId);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The shown rules from {@code productId}, strongest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CoPurchaseRule> shownFor(long productId) {
        List<CoPurchaseRule> rules = new ArrayList<CoPurchaseRule>();
        for (CoPurchaseRuleImpl stored : em.createQuery("select r from CoPurchaseRuleImpl r where r.id.productId = :id"
                + " and not exists (select h.hiddenAt from HiddenRuleImpl h where h.id.productId = r.id.productId"
                + " and h.id.otherProductId = r.id.otherProductId)", CoPurchaseRuleImpl.class)
                .setParameter("id", productId).getResultList()) {
            rules.add(stored.toRule());
        }
        rules.sort(STRONGEST_FIRST);
        return rules;
    }

    /** Every stored rule, shown or hidden, strongest first: the merchant's list. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CoPurchaseRule> all() {
        List<CoPurchaseRule> rules = new ArrayList<CoPurchaseRule>();
        for (CoPurchaseRuleImpl stored : em.createQuery("select r from CoPurchaseRuleImpl r",
                CoPurchaseRuleImpl.class).getResultList()) {
            rules.add(stored.toRule());
        }
        rules.sort(Comparator.comparingLong(CoPurchaseRule::getProductId).thenComparing(STRONGEST_FIRST));
        return rules;
    }

    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean isHidden(long productId, long recommendedProductId) {
        return em.find(HiddenRuleImpl.class, new ProductPairKey(productId, recommendedProductId)) != null;
    }

    /**
     * The merchant says the pair is wrong: the storefront stops showing it, through every later run (on this node at
     * once, on the others within {@link ProductCandidates#CACHE_SECONDS} s).
     */
    @Transactional("blTransactionManager")
    public void hide(long productId, long recommendedProductId, String by) {
        if (!isHidden(productId, recommendedProductId)) {
            em.persist(new HiddenRuleImpl(productId, recommendedProductId, new Date(), by));
            ProductCandidates.forget(productId);
        }
    }

    /** Shows a hidden pair again (if the order history still measures it). */
    @Transactional("blTransactionManager")
    public void show(long productId, long recommendedProductId) {
        em.createQuery("delete from HiddenRuleImpl h where h.id.productId = :product and h.id.otherProductId = :other")
                .setParameter("product", productId).setParameter("other", recommendedProductId).executeUpdate();
        ProductCandidates.forget(productId);
    }
}
