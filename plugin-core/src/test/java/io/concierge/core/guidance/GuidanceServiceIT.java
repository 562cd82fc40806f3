package io.concierge.core.guidance;

import io.concierge.core.kernel.ProductSuppression;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.catalog.domain.CrossSaleProductImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.RelatedProduct;
import org.broadleafcommerce.core.catalog.domain.UpSaleProductImpl;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two blocks of a product's guidance from Broadleaf's links and the mined rules, with their reasons and what is
 * left out, on the test database.
 */
@ExtendWith(BroadleafContextExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidanceServiceIT {

    @Resource(name = "cncGuidance")
    GuidanceService guidance;

    @Resource(name = "cncCoPurchaseMining")
    CoPurchaseMining mining;

    @Resource(name = "cncCoPurchaseRules")
    CoPurchaseRules rules;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    @Resource(name = "blCatalogService")
    CatalogService catalogService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    Product pack;
    Product rainCover;
    Product bottle;
    Product filter;
    Product retired;
    Product soldOut;
    Product biggerPack;
    Product smallerPack;

    @BeforeAll
    void catalogAndHistory() {
        GuidanceOptionsImpl options = storeOptions.read(GuidanceOptionsImpl.class);
        options.setMinOrdersTogether(2);
        options.setMinSupportBasisPoints(0);
        options.setMinConfidencePercent(20);
        options.setMinLiftHundredths(100);
        storeOptions.save(options);

        Baskets baskets = Baskets.fromContext();
        List<Product> products = baskets.products(8, "50.00");
        pack = products.get(0);
        rainCover = products.get(1);
        bottle = products.get(2);
        filter = products.get(3);
        retired = products.get(4);
        soldOut = products.get(5);
        biggerPack = products.get(6);
        smallerPack = products.get(7);
        baskets.placed(pack, bottle);
        baskets.placed(pack, bottle);
        baskets.placed(pack, rainCover);
        baskets.placed(pack, rainCover);
        baskets.placed(pack, filter);
        baskets.placed(pack, filter);
        baskets.placed(pack, retired);
        baskets.placed(pack, retired);
        mining.mine(true);

        inTransaction(() -> {
            Product viewed = catalogService.findProductById(pack.getId());
            viewed.getCrossSaleProducts().add(link(new CrossSaleProductImpl(), viewed, rainCover, "Keeps it dry"));
            viewed.getCrossSaleProducts().add(link(new CrossSaleProductImpl(), viewed, soldOut, "Fits the lid"));
            viewed.getUpSaleProducts().add(link(new UpSaleProductImpl(), viewed, biggerPack, "Room for a week"));
            viewed.getUpSaleProducts().add(link(new UpSaleProductImpl(), viewed, smallerPack, " "));
            catalogService.saveProduct(viewed);
            Product gone = catalogService.findProductById(retired.getId());
            gone.setActiveEndDate(new Date(System.currentTimeMillis() - 60_000));
            gone.getDefaultSku().setActiveEndDate(new Date(System.currentTimeMillis() - 60_000));
            catalogService.saveProduct(gone);
            Product none = catalogService.findProductById(soldOut.getId());
            none.getDefaultSku().setInventoryType(InventoryType.CHECK_QUANTITY);
            none.getDefaultSku().setQuantityAvailable(0);
            catalogService.saveSku(none.getDefaultSku());
        });
    }

    @Test
    void complementsHaveTheMerchantsTextFirstAndMeasuredCoPurchases() {
        ProductGuidance shown = guidance.forProduct(pack.getId(), Collections.<Long>emptyList());

        assertThat(ids(shown.getGoesWellWith())).containsExactly(rainCover.getId(), bottle.getId(), filter.getId());
        Recommendation cover = shown.getGoesWellWith().get(0);
        assertThat(cover.getReasons()).extracting(Reason::getKind)
                .containsExactly(Reason.Kind.MERCHANT, Reason.Kind.BOUGHT_TOGETHER);
        assertThat(cover.getReasons().get(0).getText()).isEqualTo("Keeps it dry");
        CoPurchaseRule measured = shown.getGoesWellWith().get(1).getReasons().get(0).getRule();
        assertThat(measured.getOrdersTogether()).isEqualTo(2);
        assertThat(measured.getProductOrders()).isEqualTo(8);
    }

    @Test
    void substitutesAreApartWithTheMerchantsTextWhenThereIsOne() {
        ProductGuidance shown = guidance.forProduct(pack.getId(), Collections.<Long>emptyList());

        assertThat(ids(shown.getConsiderInstead())).containsExactly(biggerPack.getId(), smallerPack.getId());
        assertThat(shown.getConsiderInstead().get(0).getReasons()).extracting(Reason::getKind)
                .containsExactly(Reason.Kind.MERCHANT, Reason.Kind.ALTERNATIVE);
        assertThat(shown.getConsiderInstead().get(1).getReasons()).extracting(Reason::getKind)
                .containsExactly(Reason.Kind.ALTERNATIVE);
        assertThat(ids(shown.getGoesWellWith())).doesNotContainAnyElementsOf(ids(shown.getConsiderInstead()));
    }

    @Test
    void leavesOutTheCartInactiveAndUnavailableProducts() {
        ProductGuidance shown = guidance.forProduct(pack.getId(), Arrays.asList(rainCover.getId()));

        assertThat(ids(shown.getGoesWellWith())).containsExactly(bottle.getId(), filter.getId())
                .doesNotContain(retired.getId(), soldOut.getId());
    }

    @Test
    void aSuppressionKeepsAProductOut() {
        GuidanceService withSuppression = new GuidanceService();
        BroadleafContextExtension.context().getAutowireCapableBeanFactory().autowireBean(withSuppression);
        withSuppression.suppressions = Collections.<ProductSuppression>singletonList(
                ids -> ids.contains(bottle.getId()) ? Collections.singleton(bottle.getId()) : Collections.emptySet());

        ProductGuidance shown = inTransaction(() -> withSuppression.forProduct(pack.getId(),
                Collections.<Long>emptyList()));

        assertThat(ids(shown.getGoesWellWith())).containsExactly(rainCover.getId(), filter.getId());
    }

    /** The product's candidates are kept for seconds; the merchant's verdict must not wait for them to expire. */
    @Test
    void aPairMarkedWrongLeavesTheKeptCandidatesAtOnce() {
        assertThat(ids(guidance.forProduct(pack.getId(), Collections.<Long>emptyList()).getGoesWellWith()))
                .contains(bottle.getId());
        try {
            rules.hide(pack.getId(), bottle.getId(), "merchant");

            assertThat(ids(guidance.forProduct(pack.getId(), Collections.<Long>emptyList()).getGoesWellWith()))
                    .containsExactly(rainCover.getId(), filter.getId());
        } finally {
            rules.show(pack.getId(), bottle.getId());
        }
        assertThat(ids(guidance.forProduct(pack.getId(), Collections.<Long>emptyList()).getGoesWellWith()))
                .containsExactly(rainCover.getId(), bottle.getId(), filter.getId());
    }

    /** Stock is no part of what is kept: a product sold out since the last page view leaves the next one. */
    @Test
    void aProductSoldOutSinceTheLastViewLeavesAtOnce() {
        assertThat(ids(guidance.forProduct(pack.getId(), Collections.<Long>emptyList()).getGoesWellWith()))
                .contains(filter.getId());
        try {
            setQuantity(filter, 0);

            assertThat(ids(guidance.forProduct(pack.getId(), Collections.<Long>emptyList()).getGoesWellWith()))
                    .containsExactly(rainCover.getId(), bottle.getId());
        } finally {
            setQuantity(filter, null);
        }
        assertThat(ids(guidance.forProduct(pack.getId(), Collections.<Long>emptyList()).getGoesWellWith()))
                .contains(filter.getId());
    }

    private void setQuantity(Product product, Integer quantity) {
        inTransaction(() -> {
            Product stored = catalogService.findProductById(product.getId());
            stored.getDefaultSku().setInventoryType(quantity == null ? null : InventoryType.CHECK_QUANTITY);
            stored.getDefaultSku().setQuantityAvailable(quantity);
            catalogService.saveSku(stored.getDefaultSku());
        });
    }

    @Test
    void anUnknownProductHasNoGuidance() {
        assertThat(guidance.forProduct(-987654321L, Collections.<Long>emptyList())).isNull();
    }

    private static RelatedProduct link(RelatedProduct link, Product from, Product to, String message) {
        link.setProduct(from);
        link.setRelatedProduct(to);
        link.setPromotionMessage(message);
        link.setSequence(BigDecimal.valueOf(from.getCrossSaleProducts().size() + from.getUpSaleProducts().size()));
        return link;
    }

    private static List<Long> ids(List<Recommendation> recommendations) {
        List<Long> ids = new ArrayList<Long>();
        for (Recommendation recommendation : recommendations) {
            ids.add(recommendation.getProduct().getId());
        }
        return ids;
    }

    interface Work<T> {
        T run();
    }

    private <T> T inTransaction(Work<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.run());
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).execute(status -> {
            work.run();
            return null;
        });
    }
}
