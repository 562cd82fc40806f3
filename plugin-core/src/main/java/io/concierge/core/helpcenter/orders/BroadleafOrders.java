package io.concierge.core.helpcenter.orders;

import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/** Adapter to Broadleaf's orders: the timeline knows an order by its id only, and asks here for the rest. */
@Component("cncBroadleafOrders")
public class BroadleafOrders {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    public boolean exists(long orderId) {
        return find(orderId) != null;
    }

    /** @return the order, or null when there is none */
    public Order find(long orderId) {
        return orderService.findOrderById(orderId);
    }

    /**
     * What a mail to many orders' customers greets them with: each order's number and its customer's first name, in
     * one query (for mails written in batches). Orders not found are left out.
     */
    public Map<Long, Greeting> greetings(Collection<Long> orderIds) {
        Map<Long, Greeting> greetings = new HashMap<Long, Greeting>();
        if (orderIds.isEmpty()) {
            return greetings;
        }
        for (Object[] row : em.createQuery("select o.id, o.orderNumber, c.firstName"
                + " from org.broadleafcommerce.core.order.domain.OrderImpl o left join o.customer c"
                + " where o.id in (:ids)", Object[].class).setParameter("ids", orderIds).getResultList()) {
            greetings.put((Long) row[0], new Greeting((String) row[1], (String) row[2]));
        }
        return greetings;
    }

    /** An order's number and its customer's first name (either may be null). */
    public static final class Greeting {
        private final String orderNumber;
        private final String firstName;

        Greeting(String orderNumber, String firstName) {
            this.orderNumber = orderNumber;
            this.firstName = firstName;
        }

        public String getOrderNumber() {
            return orderNumber;
        }

        public String getFirstName() {
            return firstName;
        }
    }

    /** The language the shopper ordered in, else the store's default locale, else null (English). */
    public Locale localeOf(Order order) {
        org.broadleafcommerce.common.locale.domain.Locale locale = order.getLocale() != null ? order.getLocale()
                : localeService.findDefaultLocale();
        return locale == null || locale.getLocaleCode() == null ? null
                : Locale.forLanguageTag(locale.getLocaleCode().replace('_', '-'));
    }

    /** The address the order was placed with: the order's, or its customer's when the order has none; or null. */
    public static String emailOf(Order order) {
        String email = order.getEmailAddress();
        if ((email == null || email.trim().isEmpty()) && order.getCustomer() != null) {
            email = order.getCustomer().getEmailAddress();
        }
        return email == null || email.trim().isEmpty() ? null : email.trim();
    }

    /** Submitted, as a shopper's account lists orders: carts, wish lists and quotes are not placed. */
    public static boolean isPlaced(Order order) {
        return order.getSubmitDate() != null && order.getStatus() != null
                && !OrderStatus.IN_PROCESS.equals(order.getStatus()) && !OrderStatus.NAMED.equals(order.getStatus())
                && !OrderStatus.QUOTE.equals(order.getStatus());
    }

    /** The customer's placed orders, newest first. */
    public List<Order> placedBy(Customer customer) {
        List<Order> placed = new ArrayList<Order>();
        for (Order order : orderService.findOrdersForCustomer(customer)) {
            if (isPlaced(order)) {
                placed.add(order);
            }
        }
        placed.sort((a, b) -> b.getSubmitDate().compareTo(a.getSubmitDate()));
        return placed;
    }

    /** Who placed the order: the customer's name, else the first shipment's addressee; or null. */
    public static String customerNameOf(Order order) {
        Customer customer = order.getCustomer();
        String name = customer == null ? null : join(" ", customer.getFirstName(), customer.getLastName());
        if (name == null || name.isEmpty()) {
            List<String> address = shippingAddressLines(order);
            name = address.isEmpty() ? null : address.get(0);
        }
        return name == null || name.isEmpty() ? null : name;
    }

    /** The products of the order's items, each once, in the order's order. */
    public static List<Product> productsOf(Order order) {
        Map<Long, Product> products = new LinkedHashMap<Long, Product>();
        for (OrderItem item : order.getOrderItems()) {
            if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null) {
                Product product = ((DiscreteOrderItem) item).getProduct();
                products.put(product.getId(), product);
            }
        }
        return new ArrayList<Product>(products.values());
    }

    /** Order item id to the quantity ordered. */
    public static Map<Long, Integer> quantitiesOf(Order order) {
        Map<Long, Integer> ordered = new LinkedHashMap<Long, Integer>();
        for (OrderItem item : order.getOrderItems()) {
            ordered.put(item.getId(), item.getQuantity());
        }
        return ordered;
    }

    /** @return the id of the order with this number, or null when there is none */
    public Long idOf(String orderNumber) {
        if (orderNumber == null || orderNumber.isEmpty()) {
            return null;
        }
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        return order == null ? null : order.getId();
    }

    /**
     * Whether the money has been taken: the active payments' successful captures (or authorize-and-capture) cover
     * the order total. An authorization alone is not payment; its capture comes later, from an agent or a webhook.
     */
    public static boolean isPaidInFull(Order order) {
        Money total = order.getTotal();
        if (total == null) {
            return false;
        }
        BigDecimal captured = BigDecimal.ZERO;
        for (OrderPayment payment : order.getPayments()) {
            if (payment.isActive()) {
                captured = captured
                        .add(amount(payment.getSuccessfulTransactionAmountForType(PaymentTransactionType.CAPTURE)))
                        .add(amount(payment.getSuccessfulTransactionAmountForType(
                                PaymentTransactionType.AUTHORIZE_AND_CAPTURE)));
            }
        }
        return captured.compareTo(total.getAmount()) >= 0;
    }

    private static BigDecimal amount(Money money) {
        return money == null ? BigDecimal.ZERO : money.getAmount();
    }

    /** Name, street, city, region and postal code, country of the first shipment with an address. */
    public static List<String> shippingAddressLines(Order order) {
        List<String> lines = new ArrayList<String>();
        for (FulfillmentGroup group : order.getFulfillmentGroups()) {
            Address address = group.getAddress();
            if (address != null) {
                add(lines, join(" ", address.getFirstName(), address.getLastName()));
                add(lines, address.getCompanyName());
                add(lines, address.getAddressLine1());
                add(lines, address.getAddressLine2());
                add(lines, address.getAddressLine3());
                add(lines, join(" ", join(", ", address.getCity(),
                        address.getState() == null ? null : address.getState().getName()), address.getPostalCode()));
                add(lines, address.getCountry() == null ? null : address.getCountry().getName());
                break;
            }
        }
        return Collections.unmodifiableList(lines);
    }

    private static String join(String separator, String first, String second) {
        boolean hasFirst = first != null && !first.trim().isEmpty();
        boolean hasSecond = second != null && !second.trim().isEmpty();
        if (hasFirst && hasSecond) {
            return first.trim() + separator + second.trim();
        }
        return hasFirst ? first.trim() : hasSecond ? second.trim() : null;
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.trim().isEmpty()) {
            lines.add(line.trim());
        }
    }
}
