package io.concierge.core.guidance;

import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;

/**
 * Order history for the mining tests, written through Broadleaf's own cart services (so the rows are Broadleaf's
 * BLC_ORDER, BLC_ORDER_ITEM and BLC_DISCRETE_ORDER_ITEM as a store has them): products of a price each, and baskets of
 * them, placed (submitted with a submit date) or left as carts.
 */
final class Baskets {

    @Resource(name = "blCatalogService")
    CatalogService catalogService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    private Baskets() {
    }

    static Baskets fromContext() {
        Baskets baskets = new Baskets();
        BroadleafContextExtension.context().getAutowireCapableBeanFactory().autowireBean(baskets);
        return baskets;
    }

    /** New active products, each with a default SKU at {@code price}. */
    List<Product> products(int count, String price) {
        List<Product> products = new ArrayList<Product>();
        for (int i = 0; i < count; i++) {
            products.add(inTransaction(() -> {
                Product created = catalogService.createProduct(ProductType.PRODUCT);
                Sku sku = catalogService.createSku();
                sku.setName("Guidance test product " + UUID.randomUUID());
                sku.setRetailPrice(new Money(new BigDecimal(price)));
                sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
                created.setDefaultSku(sku);
                return catalogService.saveProduct(created);
            }));
        }
        return products;
    }

    /** A placed order of these products (a product twice is one line of quantity 2), by a new customer. */
    Order placed(Product... products) {
        return order(customer(), new Date(), products);
    }

    /** A cart of these products, never placed, of a new customer. */
    Order cart(Product... products) {
        return order(customer(), null, products);
    }

    /** An order of the customer's placed at {@code submitted}, or left a cart when that is null. */
    Order order(Customer customer, Date submitted, Product... products) {
        // As a storefront does: each cart service call in its own transaction.
        try {
            Order order = orderService.createNewCartForCustomer(customer);
            for (Product product : products) {
                order = orderService.addItem(order.getId(),
                        new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), 1), false);
            }
            if (submitted != null) {
                order.setStatus(OrderStatus.SUBMITTED);
                order.setSubmitDate(submitted);
                order = orderService.save(order, false);
            }
            return order;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Places a cart made before, as a checkout does, at {@code submitted}. */
    Order place(Order cart, Date submitted) {
        return inTransaction(() -> {
            Order order = orderService.findOrderById(cart.getId());
            order.setStatus(OrderStatus.SUBMITTED);
            order.setSubmitDate(submitted);
            return orderService.save(order, false);
        });
    }

    /** A new registered customer. */
    Customer customer() {
        return inTransaction(() -> {
            Customer created = customerService.createNewCustomer();
            String email = "basket-" + UUID.randomUUID() + "@example.com";
            created.setEmailAddress(email);
            created.setUsername(email);
            created.setRegistered(true);
            return customerService.saveCustomer(created);
        });
    }

    /** Gives the product a Broadleaf product attribute (Catalog > Products > Attributes). */
    void attribute(Product product, String name, String value) {
        inTransaction(() -> {
            Product stored = catalogService.findProductById(product.getId());
            org.broadleafcommerce.core.catalog.domain.ProductAttribute attribute =
                    new org.broadleafcommerce.core.catalog.domain.ProductAttributeImpl();
            attribute.setName(name);
            attribute.setValue(value);
            attribute.setProduct(stored);
            stored.getProductAttributes().put(name, attribute);
            return catalogService.saveProduct(stored);
        });
    }

    interface Work<T> {
        T run() throws Exception;
    }

    private <T> T inTransaction(Work<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            try {
                return work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
