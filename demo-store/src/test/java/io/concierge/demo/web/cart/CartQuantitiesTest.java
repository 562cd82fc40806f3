package io.concierge.demo.web.cart;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CartQuantitiesTest {

    @Test
    void wholeNumbersInRangeAreRead() {
        assertThat(CartQuantities.parse(" 3 ", 1, 99)).isEqualTo(3);
        assertThat(CartQuantities.parse("0", 0, 99)).isEqualTo(0);
        assertThat(CartQuantities.parse("99", 1, 99)).isEqualTo(99);
    }

    @Test
    void anythingElseIsNoQuantity() {
        assertThat(CartQuantities.parse("0", 1, 99)).isNull();
        assertThat(CartQuantities.parse("100", 1, 99)).isNull();
        assertThat(CartQuantities.parse("-1", 0, 99)).isNull();
        assertThat(CartQuantities.parse("2.5", 1, 99)).isNull();
        assertThat(CartQuantities.parse("99999999999", 1, 99)).isNull();
        assertThat(CartQuantities.parse("", 1, 99)).isNull();
        assertThat(CartQuantities.parse(null, 1, 99)).isNull();
    }
}
