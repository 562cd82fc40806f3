package io.concierge.storefront.helpcenter;

import org.broadleafcommerce.core.order.domain.Order;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Date;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class OrderAccessTest {

    private static final Set<Long> NONE = Collections.emptySet();

    private static Customer customer(long id, boolean registered) {
        Customer customer = mock(Customer.class);
        when(customer.getId()).thenReturn(id);
        when(customer.isRegistered()).thenReturn(registered);
        when(customer.isAnonymous()).thenReturn(!registered);
        return customer;
    }

    private static Order order(long id, Customer placedBy, OrderStatus status, Date submitted) {
        Order order = mock(Order.class);
        when(order.getId()).thenReturn(id);
        when(order.getCustomer()).thenReturn(placedBy);
        when(order.getStatus()).thenReturn(status);
        when(order.getSubmitDate()).thenReturn(submitted);
        return order;
    }

    private static Order placed(long id, Customer placedBy) {
        return order(id, placedBy, OrderStatus.SUBMITTED, new Date());
    }

    @Test
    void theSignedInCustomerWhoPlacedTheOrderSeesIt() {
        Customer ana = customer(1000, true);
        assertThat(OrderAccess.mayView(placed(7, ana), customer(1000, true), NONE)).isTrue();
    }

    @Test
    void anotherCustomerDoesNotSeeIt() {
        assertThat(OrderAccess.mayView(placed(7, customer(1000, true)), customer(1004, true), NONE)).isFalse();
        assertThat(OrderAccess.mayView(placed(7, customer(1000, true)), null, NONE)).isFalse();
    }

    @Test
    void aGuestCheckoutsAnonymousCustomerNeedsTheLookup() {
        Customer guest = customer(2000, false);
        Order order = placed(7, guest);
        assertThat(OrderAccess.mayView(order, customer(2000, false), NONE)).isFalse();
        assertThat(OrderAccess.mayView(order, customer(2000, false), Collections.singleton(7L))).isTrue();
    }

    @Test
    void aGrantOpensThatOrderOnlyToAnyoneInTheSession() {
        Order order = placed(7, customer(1000, true));
        assertThat(OrderAccess.mayView(order, customer(1004, true), Collections.singleton(7L))).isTrue();
        assertThat(OrderAccess.mayView(order, null, Collections.singleton(7L))).isTrue();
        assertThat(OrderAccess.mayView(order, null, Collections.singleton(8L))).isFalse();
    }

    @Test
    void cartsWishListsAndQuotesHaveNoOrderPage() {
        Customer ana = customer(1000, true);
        assertThat(BroadleafOrders.isPlaced(placed(7, ana))).isTrue();
        assertThat(BroadleafOrders.isPlaced(order(7, ana, OrderStatus.CANCELLED, new Date()))).isTrue();
        assertThat(BroadleafOrders.isPlaced(order(7, ana, OrderStatus.IN_PROCESS, new Date()))).isFalse();
        assertThat(BroadleafOrders.isPlaced(order(7, ana, OrderStatus.NAMED, new Date()))).isFalse();
        assertThat(BroadleafOrders.isPlaced(order(7, ana, OrderStatus.QUOTE, new Date()))).isFalse();
        assertThat(BroadleafOrders.isPlaced(order(7, ana, OrderStatus.SUBMITTED, null))).isFalse();
    }
}
