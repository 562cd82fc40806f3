package io.concierge.core.helpcenter.orders;

import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.checkout.service.CheckoutService;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.FulfillmentOption;
import org.broadleafcommerce.core.order.domain.FulfillmentOptionImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.core.order.service.FulfillmentOptionService;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.CountryImpl;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.StateImpl;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CountryService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.StateService;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Orders placed through Broadleaf's real cart, pricing and checkout services, as the demo store's storefront
 * places them: one product at 25.00, shipped to Lisbon with a rate by country (5.00 within Portugal), paid on
 * delivery by a PASSTHROUGH payment captured for the total.
 */
public final class TestOrders {

    static final String BY_COUNTRY = "Concierge test: shipping by country";

    @Resource(name = "blOrderService")
    public OrderService orderService;

    @Resource(name = "blCheckoutService")
    CheckoutService checkoutService;

    @Resource(name = "blOrderPaymentService")
    OrderPaymentService orderPaymentService;

    @Resource(name = "blFulfillmentGroupService")
    FulfillmentGroupService fulfillmentGroupService;

    @Resource(name = "blFulfillmentOptionService")
    FulfillmentOptionService fulfillmentOptionService;

    @Resource(name = "blAddressService")
    AddressService addressService;

    @Resource(name = "blCountryService")
    CountryService countryService;

    @Resource(name = "blStateService")
    StateService stateService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOfferService")
    OfferService offerService;

    @Resource(name = "blCatalogService")
    CatalogService catalogService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @Resource(name = "entityManagerFactory")
    EntityManagerFactory entityManagerFactory;

    private TestOrders() {
    }

    public static TestOrders fromContext() {
        TestOrders orders = new TestOrders();
        BroadleafContextExtension.context().getAutowireCapableBeanFactory().autowireBean(orders);
        orders.knowPlaces();
        return orders;
    }

    /** Portugal without states, the United States with New York; once per database. */
    private synchronized void knowPlaces() {
        inTransaction(status -> {
            if (countryService.findCountryByAbbreviation("PT") == null) {
                countryService.save(country("PT", "Portugal"));
                Country us = countryService.save(country("US", "United States"));
                StateImpl newYork = new StateImpl();
                newYork.setAbbreviation("NY");
                newYork.setName("New York");
                newYork.setCountry(us);
                stateService.save(newYork);
            }
            return null;
        });
    }

    private static Country country(String abbreviation, String name) {
        CountryImpl country = new CountryImpl();
        country.setAbbreviation(abbreviation);
        country.setName(name);
        return country;
    }

    /** The order's payment transactions as "TYPE amount[ from client address]", in the order they were made. */
    public List<String> transactions(long orderId) {
        return inTransaction(status -> {
            List<String> transactions = new ArrayList<String>();
            for (OrderPayment payment : orderService.findOrderById(orderId).getPayments()) {
                for (PaymentTransaction transaction : payment.getTransactions()) {
                    transactions.add(transaction.getType().getType() + " "
                            + transaction.getAmount().getAmount().toPlainString()
                            + (transaction.getCustomerIpAddress() == null ? "" : " from " + transaction.getCustomerIpAddress()));
                }
            }
            return transactions;
        });
    }

    /** Checked out as the storefront does: one entity manager for the request, no transaction around the workflow. */
    public Order checkedOut() throws Exception {
        return checkedOut(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
    }

    /** As {@link #checkedOut()}, with a payment whose one successful transaction is of this type. */
    Order checkedOut(PaymentTransactionType paymentTransaction) throws Exception {
        return withOpenEntityManager(() -> {
            Order cart = pricedCart();
            pay(cart, paymentTransaction);
            return checkoutService.performCheckout(orderService.findOrderById(cart.getId())).getOrder();
        });
    }

    /** What Spring's OpenEntityManagerInViewFilter does for a storefront request. */
    public <T> T withOpenEntityManager(Callable<T> work) throws Exception {
        EntityManager requestManager = entityManagerFactory.createEntityManager();
        TransactionSynchronizationManager.bindResource(entityManagerFactory, new EntityManagerHolder(requestManager));
        try {
            return work.call();
        } finally {
            TransactionSynchronizationManager.unbindResource(entityManagerFactory);
            requestManager.close();
        }
    }

    /** As {@link #checkedOut()}, by this customer. */
    public Order checkedOutBy(Customer customer) throws Exception {
        return withOpenEntityManager(() -> {
            Order cart = pricedCartOf(customer);
            pay(cart, PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
            return checkoutService.performCheckout(orderService.findOrderById(cart.getId())).getOrder();
        });
    }

    /** As {@link #checkedOutBy(Customer)}, with this offer code entered in the cart first. */
    public Order checkedOutBy(Customer customer, String offerCode) throws Exception {
        return withOpenEntityManager(() -> {
            Order cart = orderService.addOfferCode(pricedCartOf(customer),
                    offerService.lookupOfferCodeByCode(offerCode), true);
            pay(cart, PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
            return checkoutService.performCheckout(orderService.findOrderById(cart.getId())).getOrder();
        });
    }

    /** A new shopper's cart with one product at 25.00, shipped to Lisbon, priced by Broadleaf. */
    public Order pricedCart() throws Exception {
        return pricedCartOf(newCustomer());
    }

    private Customer newCustomer() {
        return inTransaction(status -> {
            Customer created = customerService.createNewCustomer();
            String email = "shopper-" + UUID.randomUUID() + "@example.com";
            created.setEmailAddress(email);
            created.setUsername(email);
            return customerService.saveCustomer(created);
        });
    }

    /** As {@link #checkedOut()}, by a new shopper who buys one of this product. */
    public Order checkedOutWith(Product product) throws Exception {
        return withOpenEntityManager(() -> {
            Order cart = pricedCartOf(newCustomer(), product);
            pay(cart, PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
            return checkoutService.performCheckout(orderService.findOrderById(cart.getId())).getOrder();
        });
    }

    /** This customer's cart with one product at 25.00, shipped to Lisbon, priced by Broadleaf. */
    public Order pricedCartOf(Customer customer) throws Exception {
        Product product = inTransaction(status -> {
            Product created = catalogService.createProduct(ProductType.PRODUCT);
            Sku sku = catalogService.createSku();
            sku.setName("Trail boots " + UUID.randomUUID());
            sku.setRetailPrice(new Money(new BigDecimal("25.00")));
            sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            created.setDefaultSku(sku);
            return catalogService.saveProduct(created);
        });
        return pricedCartOf(customer, product);
    }

    private Order pricedCartOf(Customer customer, Product product) throws Exception {
        Order cart = orderService.createNewCartForCustomer(customer);
        cart = orderService.addItem(cart.getId(),
                new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), 1), true);
        FulfillmentGroup shipment = fulfillmentGroupService.getFirstShippableFulfillmentGroup(cart);
        shipment.setAddress(addressService.saveAddress(lisbon()));
        shipment.setFulfillmentOption(byCountry());
        return orderService.save(cart, true);
    }

    private Address lisbon() {
        Address address = addressService.create();
        address.setFirstName("Ana");
        address.setLastName("Souza");
        address.setAddressLine1("Rua Augusta 10");
        address.setCity("Lisboa");
        address.setPostalCode("1100-053");
        address.setCountry(countryService.findCountryByAbbreviation("PT"));
        return address;
    }

    private synchronized FulfillmentOption byCountry() {
        for (FulfillmentOption option : fulfillmentOptionService.readAllFulfillmentOptions()) {
            if (BY_COUNTRY.equals(option.getName())) {
                return option;
            }
        }
        FulfillmentOption option = new FulfillmentOptionImpl();
        option.setName(BY_COUNTRY);
        option.setFulfillmentType(FulfillmentType.PHYSICAL_SHIP);
        return inTransaction(status -> fulfillmentOptionService.save(option));
    }

    /** Cash on delivery, as the demo store's null gateway does: one transaction of this type for the total. */
    void pay(Order cart, PaymentTransactionType type) throws Exception {
        Order order = orderService.findOrderById(cart.getId());
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.COD);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        payment.setAmount(order.getTotal());
        payment.setOrder(order);
        PaymentTransaction transaction = orderPaymentService.createTransaction();
        transaction.setType(type);
        transaction.setAmount(order.getTotal());
        transaction.setSuccess(true);
        transaction.setOrderPayment(payment);
        payment.addTransaction(transaction);
        orderService.addPaymentToOrder(order, payment, null);
        orderService.save(order, false);
    }

    public <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(transactionManager).execute(work);
    }
}
