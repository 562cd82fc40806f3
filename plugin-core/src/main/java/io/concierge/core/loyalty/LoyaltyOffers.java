package io.concierge.core.loyalty;

import io.concierge.core.kernel.JobLeases;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Keeps the Broadleaf offers that give the tiers' perks in step with the tiers (the admin saves tiers through
 * Broadleaf's persistence, not through a service): a tier's percent off every order and its free shipping are each an
 * automatic offer whose customer rule checks the tier ({@link LoyaltyCustomerRule}), so Broadleaf's own pricing gives
 * them. A perk taken away ends its offer (an end date in the past) rather than deleting it, since orders refer to
 * it; so are the offers of a tier that was deleted (found by their customer rule, as the tier and its offer ids are
 * gone). Every node runs it ({@link LoyaltyJobs}), one node at a time under a lease. The entry rewards' coupons
 * ({@link LoyaltyEntryRewards}) are not the tier's: they were given to a customer and stay theirs.
 */
@Component("cncLoyaltyOffers")
public class LoyaltyOffers {

    static final String JOB = "loyalty.offers";
    private static final BigDecimal ALL_OF_IT = new BigDecimal("100");

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "cncJobLeases")
    protected JobLeases leases;

    /**
     * Brings every tier's offers in step, unless another node is doing it.
     *
     * @return whether this node did it
     */
    public boolean sync() {
        return leases.whileHeld(JOB, Duration.ofMinutes(5), lease -> lease.inTransaction(status -> {
            Set<Long> tierIds = new HashSet<Long>();
            for (LoyaltyTier tier : em.createQuery("select t from LoyaltyTierImpl t", LoyaltyTier.class)
                    .getResultList()) {
                tierIds.add(tier.getId());
                tier.setDiscountOfferId(keep(tier, tier.getDiscountOfferId(), OfferType.ORDER,
                        tier.getDiscountPercent().signum() > 0 ? tier.getDiscountPercent() : null,
                        tier.getNameEn() + ": " + tier.getDiscountPercent().stripTrailingZeros().toPlainString()
                                + "% off"));
                tier.setShippingOfferId(keep(tier, tier.getShippingOfferId(), OfferType.FULFILLMENT_GROUP,
                        tier.isFreeShipping() ? ALL_OF_IT : null, tier.getNameEn() + ": free shipping"));
            }
            endOffersOfDeletedTiers(tierIds);
            return Boolean.TRUE;
        })) != null;
    }

    /** @return the offer's id: made when a perk has none yet, its percent and name updated, ended when it has none */
    private Long keep(LoyaltyTier tier, Long offerId, OfferType type, BigDecimal percentOff, String name) {
        Offer offer = offerId == null ? null : offerDao.readOfferById(offerId);
        Date now = new Date();
        if (percentOff == null) {
            if (offer != null) {
                end(offer, now);
            }
            return offerId;
        }
        if (offer == null) {
            offer = offerDao.create();
            offer.setType(type);
            offer.setDiscountType(OfferDiscountType.PERCENT_OFF);
            offer.setDeliveryType(OfferDeliveryType.AUTOMATIC);
            offer.setAutomaticallyAdded(true);
            offer.setCombinableWithOtherOffers(true);
            offer.setTreatAsNewFormat(true);
            offer.setStartDate(new Date(now.getTime() - TimeUnit.MINUTES.toMillis(1)));
            OfferRule customerRule = new OfferRuleImpl();
            customerRule.setMatchRule(LoyaltyCustomerRule.expression(tier.getId()));
            offer.getOfferMatchRules().put(OfferRuleType.CUSTOMER.getType(), customerRule);
        } else if (offer.getEndDate() != null && !offer.getEndDate().after(now)) {
            offer.setEndDate(null);
        }
        offer.setName("Loyalty " + name);
        offer.setValue(percentOff);
        return offerDao.save(offer).getId();
    }

    /** Ends a running offer: an end date in the past. */
    private void end(Offer offer, Date now) {
        if (offer.getEndDate() == null || offer.getEndDate().after(now)) {
            // A day back, not now: Broadleaf reads automatic offers as of the current time rounded down to its
            // date resolution, so an offer ending now would still apply for a while.
            offer.setEndDate(new Date(now.getTime() - TimeUnit.DAYS.toMillis(1)));
            offerDao.save(offer);
        }
    }

    /** Ends the running perk offers whose customer rule names a tier that is no longer there. */
    private void endOffersOfDeletedTiers(Set<Long> tierIds) {
        Date now = new Date();
        for (Offer offer : em.createQuery("select o from OfferImpl o where o.name like :loyalty"
                        + " and (o.endDate is null or o.endDate > :now)", Offer.class)
                .setParameter("loyalty", "Loyalty %").setParameter("now", now).getResultList()) {
            OfferRule customerRule = offer.getOfferMatchRules().get(OfferRuleType.CUSTOMER.getType());
            Long tierId = customerRule == null ? null : LoyaltyCustomerRule.tierOf(customerRule.getMatchRule());
            if (tierId != null && !tierIds.contains(tierId)) {
                end(offer, now);
            }
        }
    }
}
