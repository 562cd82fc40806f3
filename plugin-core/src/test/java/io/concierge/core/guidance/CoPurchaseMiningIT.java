package io.concierge.core.guidance;

import io.concierge.core.kernel.JobLeases;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.testing.BroadleafContextExtension;
import io.concierge.core.kernel.DatabaseTimes;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mining on the test database (HSQLDB, or PostgreSQL and MariaDB with their profiles): the set-based SQL path and
 * the in-memory path give the same rules, incremental runs add up to a full one, only placed orders count, and a
 * pair the merchant marked as wrong stays hidden. Other test classes' orders share the database; they hold other
 * products, so the rules about this class's products are exactly those its baskets make.
 */
@ExtendWith(BroadleafContextExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoPurchaseMiningIT {

    @Resource(name = "cncCoPurchaseMining")
    CoPurchaseMining mining;

    @Resource(name = "cncCoPurchaseRules")
    CoPurchaseRules rules;

    @Resource(name = "cncJobLeases")
    JobLeases leases;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    Baskets baskets;
    Product tent;
    Product footprint;
    Product stakes;
    Product lantern;
    Product socks;
    List<Long> ours = new ArrayList<Long>();

    @BeforeAll
    void history() {
        GuidanceOptionsImpl options = storeOptions.read(GuidanceOptionsImpl.class);
        options.setMinOrdersTogether(2);
        options.setMinSupportBasisPoints(0);
        options.setMinConfidencePercent(20);
        options.setMinLiftHundredths(100);
        storeOptions.save(options);

        baskets = Baskets.fromContext();
        List<Product> products = baskets.products(5, "30.00");
        tent = products.get(0);
        footprint = products.get(1);
        stakes = products.get(2);
        lantern = products.get(3);
        socks = products.get(4);
        for (Product product : products) {
            ours.add(product.getId());
        }
        // The tent with its footprint 4 times, with stakes twice; the lantern with the tent once (a coincidence:
        // fewer than 2 orders together); socks in many baskets of their own, a best-seller beside nothing.
        baskets.placed(tent, footprint, stakes);
        baskets.placed(tent, footprint, stakes, stakes);
        baskets.placed(tent, footprint);
        baskets.placed(tent, footprint, socks);
        baskets.placed(tent, lantern);
        baskets.placed(footprint);
        for (int i = 0; i < 6; i++) {
            baskets.placed(socks);
        }
    }

    @Test
    @Order(1)
    void sqlAndInMemoryMiningGiveTheSameRules() {
        MiningReport bySql = mining.mine(true, MiningPath.SQL);
        Set<CoPurchaseRule> sqlRules = ourRules();
        Set<CoPurchaseRule> allSqlRules = new HashSet<CoPurchaseRule>(rules.all());
        MiningReport inMemory = mining.mine(true, MiningPath.IN_MEMORY);

        assertThat(new HashSet<CoPurchaseRule>(rules.all())).isEqualTo(allSqlRules);
        assertThat(ourRules()).isEqualTo(sqlRules);
        assertThat(inMemory.getTotalOrders()).isEqualTo(bySql.getTotalOrders()).isGreaterThanOrEqualTo(12);
        assertThat(inMemory.getRules()).isEqualTo(bySql.getRules());

        long total = bySql.getTotalOrders();
        assertThat(sqlRules).contains(
                new CoPurchaseRule(tent.getId(), footprint.getId(), 4, 5, 5, total),
                new CoPurchaseRule(footprint.getId(), tent.getId(), 4, 5, 5, total),
                new CoPurchaseRule(tent.getId(), stakes.getId(), 2, 5, 2, total),
                new CoPurchaseRule(stakes.getId(), footprint.getId(), 2, 2, 5, total));
        assertThat(sqlRules).noneMatch(rule -> rule.getRecommendedProductId() == lantern.getId()
                || rule.getProductId() == lantern.getId());
        // Socks (7 orders) share one order with the tent: too few together, and confidence 1/7 is below 20 %.
        assertThat(sqlRules).noneMatch(rule -> rule.getProductId() == socks.getId());
    }

    @Test
    @Order(2)
    void incrementalRunsCountOnlyNewPlacedOrdersAndAddUpToAFullRun() {
        mining.mine(true, MiningPath.IN_MEMORY);
        baskets.placed(tent, lantern);
        baskets.cart(tent, footprint);

        MiningReport incremental = mining.mine(false, MiningPath.SQL);
        Set<CoPurchaseRule> afterIncrementalSql = ourRules();
        assertThat(incremental.isFull()).isFalse();
        assertThat(incremental.getNewOrders()).isGreaterThanOrEqualTo(1);
        long total = incremental.getTotalOrders();
        // The tent's sixth order is counted, the unplaced cart with tent and footprint is not.
        assertThat(afterIncrementalSql).contains(new CoPurchaseRule(tent.getId(), lantern.getId(), 2, 6, 2, total),
                new CoPurchaseRule(tent.getId(), footprint.getId(), 4, 6, 5, total));

        baskets.placed(lantern, stakes);
        baskets.placed(lantern, stakes);
        mining.mine(false, MiningPath.IN_MEMORY);
        Set<CoPurchaseRule> afterIncrementalInMemory = ourRules();
        mining.mine(true, MiningPath.SQL);
        assertThat(afterIncrementalInMemory).isEqualTo(ourRules());
        mining.mine(true, MiningPath.IN_MEMORY);
        assertThat(afterIncrementalInMemory).isEqualTo(ourRules())
                .contains(new CoPurchaseRule(lantern.getId(), stakes.getId(), 2, 4, 4,
                        mining.lastRun().getTotalOrders()));
    }

    @Test
    void aPairMarkedWrongStaysHiddenThroughLaterRuns() {
        mining.mine(true, MiningPath.SQL);
        assertThat(recommendedFor(footprint)).contains(tent.getId());

        rules.hide(footprint.getId(), tent.getId(), "merchant");
        mining.mine(true, MiningPath.IN_MEMORY);

        assertThat(recommendedFor(footprint)).doesNotContain(tent.getId());
        assertThat(recommendedFor(tent)).contains(footprint.getId());
        assertThat(rules.all()).contains(rule(footprint, tent));

        rules.show(footprint.getId(), tent.getId());
        assertThat(recommendedFor(footprint)).contains(tent.getId());
    }

    @Test
    void theRunIsRecordedWithItsFiguresAndTime() {
        MiningReport report = mining.mine(true, MiningPath.SQL);
        MiningStateImpl state = mining.lastRun();
        assertThat(state.getTotalOrders()).isEqualTo(report.getTotalOrders());
        assertThat(state.getRules()).isEqualTo(report.getRules()).isPositive();
        assertThat(state.getPath()).isEqualTo("SQL");
        assertThat(state.getMinedAt()).isEqualTo(state.getFullMinedAt()).isNotNull();
    }

    @Test
    void whileAnotherNodeMinesThisOneLeavesTheRulesAlone() {
        mining.mine(true, MiningPath.SQL);
        long runs = mining.lastRun().getRunNumber();
        assertThat(leases.tryTake(CoPurchaseMining.JOB, "another node", Duration.ofMinutes(5))).isTrue();
        try {
            baskets.placed(socks, lantern);
            assertThat(mining.mine(false, MiningPath.SQL)).isNull();
            assertThat(mining.lastRun().getRunNumber()).isEqualTo(runs);
        } finally {
            leases.release(CoPurchaseMining.JOB, "another node");
        }
        assertThat(mining.mine(false, MiningPath.SQL).getNewOrders()).isEqualTo(1);
    }

    @Test
    void aCartPlacedLateAndAnOrderOfTheSameSecondAreEachCountedOnce() {
        List<Product> pair = baskets.products(2, "12.00");
        Product pump = pair.get(0);
        Product patch = pair.get(1);
        org.broadleafcommerce.core.order.domain.Order lateCart = baskets.cart(pump, patch);
        mining.mine(true, MiningPath.SQL);
        Date second = DatabaseTimes.toTheSecond(new Date());
        baskets.order(baskets.customer(), second, pump, patch);
        assertThat(mining.mine(false, MiningPath.IN_MEMORY).getNewOrders()).isEqualTo(1);

        // The cart has the smaller id, and its submit date is the other order's, already mined.
        baskets.place(lateCart, second);
        assertThat(mining.mine(false, MiningPath.SQL).getNewOrders()).isEqualTo(1);
        assertThat(mining.mine(false, MiningPath.IN_MEMORY).getNewOrders()).isZero();
        assertThat(rule(pump, patch).getOrdersTogether()).isEqualTo(2);
        assertThat(rule(pump, patch).getProductOrders()).isEqualTo(2);
        assertThat(mining.lastRun().getWatermark()).isBefore(second);

        mining.mine(true, MiningPath.IN_MEMORY);
        assertThat(rule(pump, patch).getOrdersTogether()).isEqualTo(2);
        assertThat(rule(pump, patch).getProductOrders()).isEqualTo(2);
    }

    private List<Long> recommendedFor(Product product) {
        List<Long> recommended = new ArrayList<Long>();
        for (CoPurchaseRule rule : rules.shownFor(product.getId())) {
            recommended.add(rule.getRecommendedProductId());
        }
        return recommended;
    }

    private CoPurchaseRule rule(Product from, Product to) {
        return rules.all().stream().filter(rule -> rule.getProductId() == from.getId()
                && rule.getRecommendedProductId() == to.getId()).findFirst().orElse(null);
    }

    private Set<CoPurchaseRule> ourRules() {
        Set<CoPurchaseRule> found = new HashSet<CoPurchaseRule>();
        for (CoPurchaseRule rule : rules.all()) {
            if (ours.contains(rule.getProductId())) {
                found.add(rule);
            }
        }
        return found;
    }
}
