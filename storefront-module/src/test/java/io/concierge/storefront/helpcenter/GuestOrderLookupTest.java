package io.concierge.storefront.helpcenter;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class GuestOrderLookupTest {

    private static Order orderedBy(String orderEmail, String customerEmail) {
        Order order = mock(Order.class);
        Customer customer = mock(Customer.class);
        when(order.getEmailAddress()).thenReturn(orderEmail);
        when(customer.getEmailAddress()).thenReturn(customerEmail);
        when(order.getCustomer()).thenReturn(customer);
        return order;
    }

    @Test
    void theOrdersEmailMatchesTrimmedAndInAnyCase() {
        Order order = orderedBy("Rui.Costa@Example.com", "someone.else@example.com");
        assertThat(GuestOrderLookup.orderedWith(order, "rui.costa@example.com")).isTrue();
        assertThat(GuestOrderLookup.orderedWith(order, "  RUI.COSTA@EXAMPLE.COM ")).isTrue();
    }

    @Test
    void anotherAddressDoesNotMatchNotEvenTheCustomersWhenTheOrderHasItsOwn() {
        Order order = orderedBy("rui.costa@example.com", "rui@example.com");
        assertThat(GuestOrderLookup.orderedWith(order, "rui@example.com")).isFalse();
        assertThat(GuestOrderLookup.orderedWith(order, "rui.costa@example.co")).isFalse();
        assertThat(GuestOrderLookup.orderedWith(order, "rui.costa@example.com.evil")).isFalse();
    }

    @Test
    void anOrderWithoutItsOwnAddressIsMatchedWithItsCustomers() {
        assertThat(GuestOrderLookup.orderedWith(orderedBy(null, "Ana@Example.com"), "ana@example.com")).isTrue();
        assertThat(GuestOrderLookup.orderedWith(orderedBy(" ", "ana@example.com"), "ana@example.com")).isTrue();
    }

    @Test
    void nothingTypedNeverMatchesNotEvenAnOrderWithoutAnyAddress() {
        Order withoutAny = orderedBy(null, null);
        assertThat(GuestOrderLookup.orderedWith(withoutAny, "")).isFalse();
        assertThat(GuestOrderLookup.orderedWith(withoutAny, "  ")).isFalse();
        assertThat(GuestOrderLookup.orderedWith(withoutAny, null)).isFalse();
        assertThat(GuestOrderLookup.orderedWith(withoutAny, "a@example.com")).isFalse();
    }
}
