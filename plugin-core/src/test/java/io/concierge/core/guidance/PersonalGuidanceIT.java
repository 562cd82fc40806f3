package io.concierge.core.guidance;

import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in shopper's guidance from their own orders, on the test database (HSQLDB, PostgreSQL, MariaDB): the
 * complements of what they bought, the most recent purchase first, with the purchase they go with; consumables whose
 * replenishment interval has passed; never what they bought, what the cart holds, a pair marked wrong, nor, in any
 * block, a durable they bought.
 */
@ExtendWith(BroadleafContextExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalGuidanceIT {

    @Resource(name = "cncPersonalGuidance")
    PersonalGuidanceService personal;

    @Resource(name = "cncGuidance")
    GuidanceService guidance;

    @Resource(name = "cncCoPurchaseMining")
    CoPurchaseMining mining;

    @Resource(name = "cncCoPurchaseRules")
    CoPurchaseRules rules;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    Product tent;
    Product footprint;
    Product stakes;
    Product lantern;
    Product batteries;
    Product gas;
    Product fuelTablets;
    Customer shopper;
    Date inMay;
    Date tenDaysAgo;

    @BeforeAll
    void history() {
        GuidanceOptionsImpl options = storeOptions.read(GuidanceOptionsImpl.class);
        options.setMinOrdersTogether(2);
        options.setMinSupportBasisPoints(0);
        options.setMinConfidencePercent(20);
        options.setMinLiftHundredths(100);
        storeOptions.save(options);

        Baskets baskets = Baskets.fromContext();
        List<Product> products = baskets.products(7, "20.00");
        tent = products.get(0);
        footprint = products.get(1);
        stakes = products.get(2);
        lantern = products.get(3);
        batteries = products.get(4);
        gas = products.get(5);
        fuelTablets = products.get(6);
        baskets.attribute(tent, PersonalGuidanceService.DURABLE, "true");
        baskets.attribute(gas, PersonalGuidanceService.REPLENISH_DAYS, "30");
        baskets.attribute(fuelTablets, PersonalGuidanceService.REPLENISH_DAYS, "365");
        for (int i = 0; i < 3; i++) {
            baskets.placed(tent, footprint);
            baskets.placed(tent, stakes);
            baskets.placed(lantern, batteries);
            baskets.placed(lantern, gas);
        }
        shopper = baskets.customer();
        inMay = Date.from(LocalDateTime.of(2025, 5, 10, 14, 0).atZone(ZoneId.systemDefault()).toInstant());
        tenDaysAgo = new Date(System.currentTimeMillis() - 10L * 86_400_000L);
        baskets.order(shopper, inMay, tent, gas);
        baskets.order(shopper, tenDaysAgo, lantern, fuelTablets);
        baskets.order(shopper, null, batteries);
        mining.mine(true, MiningPath.SQL);
    }

    @Test
    void complementsOfWhatTheShopperBoughtMostRecentFirstWithThePurchaseTheyGoWith() {
        PersonalGuidance found = personal.forCustomer(shopper.getId(), Collections.<Long>emptySet(), new Date());

        assertThat(ids(found.getGoesWithYourOrders())).containsExactly(batteries.getId(), footprint.getId(),
                stakes.getId());
        Reason batteriesReason = found.getGoesWithYourOrders().get(0).getReasons().get(0);
        assertThat(batteriesReason.getKind()).isEqualTo(Reason.Kind.BOUGHT_BEFORE);
        assertThat(batteriesReason.getPurchase().getProductId()).isEqualTo(lantern.getId());
        assertThat(batteriesReason.getPurchase().getBoughtAt().getTime() / 1000).isEqualTo(tenDaysAgo.getTime() / 1000);
        assertThat(batteriesReason.getRule().getOrdersTogether()).isEqualTo(3);
        Reason footprintReason = found.getGoesWithYourOrders().get(1).getReasons().get(0);
        assertThat(footprintReason.getPurchase().getProductName()).isEqualTo(tent.getName());
        assertThat(footprintReason.getPurchase().getBoughtAt().getTime() / 1000).isEqualTo(inMay.getTime() / 1000);
        // The gas goes with the lantern, but the shopper bought it: it is no news to them.
        assertThat(ids(found.getGoesWithYourOrders())).doesNotContain(gas.getId());
    }

    @Test
    void whatTheCartHoldsAndPairsMarkedWrongAreLeftOut() {
        rules.hide(tent.getId(), stakes.getId(), "merchant");
        try {
            PersonalGuidance found = personal.forCustomer(shopper.getId(),
                    Collections.singleton(batteries.getId()), new Date());
            assertThat(ids(found.getGoesWithYourOrders())).containsExactly(footprint.getId());
        } finally {
            rules.show(tent.getId(), stakes.getId());
        }
    }

    @Test
    void consumablesAreDueAgainOnceTheirIntervalHasPassed() {
        PersonalGuidance found = personal.forCustomer(shopper.getId(), Collections.<Long>emptySet(), new Date());

        assertThat(ids(found.getDueAgain())).containsExactly(gas.getId());
        Reason reason = found.getDueAgain().get(0).getReasons().get(0);
        assertThat(reason.getKind()).isEqualTo(Reason.Kind.DUE_AGAIN);
        assertThat(reason.getIntervalDays()).isEqualTo(30);
        assertThat(reason.getPurchase().getBoughtAt().getTime() / 1000).isEqualTo(inMay.getTime() / 1000);
        // A year on, the fuel tablets bought ten days ago are due too, the longest overdue first.
        Date nextYear = new Date(System.currentTimeMillis() + 400L * 86_400_000L);
        assertThat(ids(personal.forCustomer(shopper.getId(), Collections.<Long>emptySet(), nextYear).getDueAgain()))
                .containsExactly(gas.getId(), fuelTablets.getId());
        // A consumable in the cart is not due.
        assertThat(personal.forCustomer(shopper.getId(), Collections.singleton(gas.getId()), new Date())
                .getDueAgain()).isEmpty();
    }

    @Test
    void aDurableTheShopperBoughtIsOfferedInNoBlock() {
        assertThat(personal.durablesBought(shopper.getId())).containsExactly(tent.getId());
        assertThat(personal.durablesBought(baskets().customer().getId())).isEmpty();

        assertThat(ids(guidance.forProduct(footprint.getId(), Collections.<Long>emptySet()).getGoesWellWith()))
                .contains(tent.getId());
        assertThat(ids(guidance.forProduct(footprint.getId(), personal.durablesBought(shopper.getId()))
                .getGoesWellWith())).doesNotContain(tent.getId());
    }

    @Test
    void aShopperWithoutOrdersGetsNothing() {
        assertThat(personal.forCustomer(baskets().customer().getId(), Collections.<Long>emptySet(), new Date())
                .isEmpty()).isTrue();
    }

    private static Baskets baskets() {
        return Baskets.fromContext();
    }

    private static List<Long> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(recommendation -> recommendation.getProduct().getId())
                .collect(Collectors.toList());
    }
}
