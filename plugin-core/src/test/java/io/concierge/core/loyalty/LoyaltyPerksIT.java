package io.concierge.core.loyalty;

import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.Date;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tiers' perks through Broadleaf's own pricing of a real cart (one product at 25.00, shipping 5.00): a Summit
 * shopper gets 10 % off the order, an Expedition shopper free shipping, a guest neither; with loyalty switched off, or
 * the perk taken away, nobody does.
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltyPerksIT {

    @Resource(name = "cncLoyaltyOffers")
    LoyaltyOffers offers;

    @Resource(name = "cncLoyalty")
    LoyaltyStandings standings;

    @Resource(name = "cncCapabilitySwitches")
    CapabilitySwitchService switches;

    @Resource(name = "blOfferDao")
    OfferDao offerDao;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private LoyaltyTiers tiers;
    private TestOrders orders;

    @BeforeEach
    void programmeWithItsOffers() {
        tiers = LoyaltyTiers.inDatabase();
        orders = TestOrders.fromContext();
        assertThat(offers.sync()).isTrue();
    }

    private BigDecimal totalFor(Customer customer) throws Exception {
        return orders.withOpenEntityManager(() -> orders.pricedCartOf(customer).getTotal().getAmount());
    }

    private Customer holding(LoyaltyTier tier) {
        Customer customer = tiers.registeredCustomer();
        standings.assign(customer.getId(), tier.getId(), "perks test", null, "tester");
        return customer;
    }

    @Test
    void aTierShopperPaysLessThanAGuestForTheSameCart() throws Exception {
        assertThat(totalFor(tiers.guest())).isEqualByComparingTo("30.00");
        assertThat(totalFor(tiers.registeredCustomer())).isEqualByComparingTo("30.00");
        assertThat(totalFor(holding(tiers.trail))).isEqualByComparingTo("30.00");
        assertThat(totalFor(holding(tiers.summit))).isEqualByComparingTo("27.50");
        assertThat(totalFor(holding(tiers.expedition))).isEqualByComparingTo("25.00");
    }

    @Test
    void theOffersAreBroadleafOffersKeptOnceWhateverTheNumberOfSyncs() {
        LoyaltyTier summit = tiers.inTransaction(status -> em.find(LoyaltyTierImpl.class, tiers.summit.getId()));
        Long offerId = summit.getDiscountOfferId();
        assertThat(offerId).isNotNull();
        assertThat(offers.sync()).isTrue();
        LoyaltyTier again = tiers.inTransaction(status -> em.find(LoyaltyTierImpl.class, tiers.summit.getId()));
        assertThat(again.getDiscountOfferId()).isEqualTo(offerId);
        assertThat(again.getShippingOfferId()).isNull();
        tiers.inTransaction(status -> {
            assertThat(offerDao.readOfferById(offerId).getValue()).isEqualByComparingTo("10");
            assertThat(offerDao.readOfferById(offerId).getName()).isEqualTo("Loyalty Summit: 10% off");
            return null;
        });
    }

    @Test
    void switchedOffOrWithThePerkTakenAwayNobodyPaysLess() throws Exception {
        Customer summitShopper = holding(tiers.summit);
        switches.setOn(LoyaltyModule.KEY, false);
        try {
            assertThat(totalFor(summitShopper)).isEqualByComparingTo("30.00");
        } finally {
            switches.setOn(LoyaltyModule.KEY, true);
        }
        assertThat(totalFor(summitShopper)).isEqualByComparingTo("27.50");

        setDiscount(BigDecimal.ZERO);
        try {
            assertThat(offers.sync()).isTrue();
            assertThat(totalFor(summitShopper)).isEqualByComparingTo("30.00");
        } finally {
            setDiscount(new BigDecimal("10"));
            offers.sync();
        }
        assertThat(totalFor(summitShopper)).isEqualByComparingTo("27.50");
    }

    private void setDiscount(BigDecimal percent) {
        tiers.inTransaction(status -> {
            em.find(LoyaltyTierImpl.class, tiers.summit.getId()).setDiscountPercent(percent);
            return null;
        });
    }

    @Test
    void theOffersOfADeletedTierAreEndedNotDeleted() {
        LoyaltyTier added = tiers.inTransaction(status -> {
            LoyaltyTier tier = new LoyaltyTierImpl();
            tier.setRank(90);
            tier.setNameEn("Short-lived");
            tier.setEntryThreshold(new BigDecimal("90000000"));
            tier.setKeepThreshold(new BigDecimal("90000000"));
            tier.setDiscountPercent(new BigDecimal("5"));
            tier.setFreeShipping(true);
            em.persist(tier);
            return tier;
        });
        assertThat(offers.sync()).isTrue();
        LoyaltyTier synced = tiers.inTransaction(status -> em.find(LoyaltyTierImpl.class, added.getId()));
        Long discountOffer = synced.getDiscountOfferId();
        Long shippingOffer = synced.getShippingOfferId();
        assertThat(discountOffer).isNotNull();
        assertThat(shippingOffer).isNotNull();
        assertThat(endOf(discountOffer)).isNull();

        tiers.inTransaction(status -> {
            em.remove(em.find(LoyaltyTierImpl.class, added.getId()));
            return null;
        });
        assertThat(offers.sync()).isTrue();
        Date now = new Date();
        assertThat(endOf(discountOffer)).as("the discount's offer, kept").isBefore(now);
        assertThat(endOf(shippingOffer)).as("the free shipping's offer, kept").isBefore(now);
        LoyaltyTier summit = tiers.inTransaction(status -> em.find(LoyaltyTierImpl.class, tiers.summit.getId()));
        assertThat(endOf(summit.getDiscountOfferId())).as("another tier's offer runs on").isNull();
    }

    private Date endOf(Long offerId) {
        return tiers.inTransaction(status -> offerDao.readOfferById(offerId).getEndDate());
    }
}
