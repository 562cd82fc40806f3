package io.concierge.core.loyalty;

import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;
import org.broadleafcommerce.core.catalog.domain.ProductAttributeImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Early access through Broadleaf's own add-to-cart workflow (Expedition has early access while these tests run): a
 * product held back through a coming day (or today) is refused to a guest's and a Summit shopper's cart, with the refusal and its
 * date as the cause and nothing added, and added to an Expedition shopper's; a product whose last day of early access has passed, or with
 * loyalty switched off, goes into anyone's cart.
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltyEarlyAccessIT {

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCatalogService")
    CatalogService catalogService;

    @Resource(name = "cncLoyalty")
    LoyaltyStandings standings;

    @Resource(name = "cncCapabilitySwitches")
    CapabilitySwitchService switches;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private LoyaltyTiers tiers;
    private TestOrders orders;

    @BeforeEach
    void expeditionHasEarlyAccess() {
        tiers = LoyaltyTiers.inDatabase();
        orders = TestOrders.fromContext();
        earlyAccess(true);
    }

    @AfterEach
    void noEarlyAccessForOtherTests() {
        earlyAccess(false);
    }

    private void earlyAccess(boolean on) {
        tiers.inTransaction(status -> {
            em.find(LoyaltyTierImpl.class, tiers.expedition.getId()).setEarlyAccess(on);
            return null;
        });
    }

    private static String inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days).toString();
    }

    private Product heldBackUntil(String day) {
        return tiers.inTransaction(status -> {
            Product product = catalogService.createProduct(ProductType.PRODUCT);
            Sku sku = catalogService.createSku();
            sku.setName("Launch tent " + UUID.randomUUID());
            sku.setRetailPrice(new Money(new BigDecimal("40.00")));
            sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            product.setDefaultSku(sku);
            ProductAttribute attribute = new ProductAttributeImpl();
            attribute.setName(LoyaltyEarlyAccess.ATTRIBUTE);
            attribute.setValue(day);
            attribute.setProduct(product);
            product.getProductAttributes().put(LoyaltyEarlyAccess.ATTRIBUTE, attribute);
            return catalogService.saveProduct(product);
        });
    }

    private Customer holding(LoyaltyTier tier) {
        Customer customer = tiers.registeredCustomer();
        standings.assign(customer.getId(), tier.getId(), "early access test", null, "tester");
        return customer;
    }

    /** @return null when added, else what Broadleaf threw; the cart's items are checked too */
    private Throwable add(Customer shopper, Product product) throws Exception {
        return orders.withOpenEntityManager(() -> {
            Order cart = orderService.createNewCartForCustomer(shopper);
            Throwable refused = catchThrowable(() -> orderService.addItem(cart.getId(),
                    new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), 1), true));
            int items = orderService.findOrderById(cart.getId()).getOrderItems().size();
            assertThat(items).as("items in the cart").isEqualTo(refused == null ? 1 : 0);
            return refused;
        });
    }

    @Test
    void untilItsLastDayOnlyATierWithEarlyAccessAddsTheProduct() throws Exception {
        String day = inDays(3);
        Product product = heldBackUntil(day);

        Throwable guest = add(tiers.guest(), product);
        assertThat(guest).isInstanceOf(AddToCartException.class);
        LoyaltyEarlyAccessRefused refusal = LoyaltyEarlyAccessRefused.in(guest);
        assertThat(refusal).as("the cause").isNotNull();
        assertThat(refusal.getProductId()).isEqualTo(product.getId());
        assertThat(refusal.getLastDay().toString()).isEqualTo(day);

        assertThat(LoyaltyEarlyAccessRefused.in(add(holding(tiers.summit), product))).as("Summit").isNotNull();
        assertThat(add(holding(tiers.expedition), product)).as("Expedition").isNull();
    }

    @Test
    void afterItsLastDayOrWithLoyaltySwitchedOffEveryoneAddsIt() throws Exception {
        assertThat(LoyaltyEarlyAccessRefused.in(add(tiers.guest(), heldBackUntil(inDays(0)))))
                .as("its last day").isNotNull();
        assertThat(add(tiers.guest(), heldBackUntil(inDays(-1)))).as("the day after its last").isNull();
        assertThat(add(tiers.guest(), heldBackUntil("not a date"))).as("not held back").isNull();
        Product coming = heldBackUntil(inDays(10));
        switches.setOn(LoyaltyModule.KEY, false);
        try {
            assertThat(add(tiers.guest(), coming)).isNull();
        } finally {
            switches.setOn(LoyaltyModule.KEY, true);
        }
        assertThat(add(tiers.guest(), coming)).isNotNull();
    }
}
