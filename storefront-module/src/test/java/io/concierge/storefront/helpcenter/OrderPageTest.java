package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.ShopperAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderPageTest {

    @Test
    void onlyHttpAndHttpsTrackingLinksBecomeLinks() {
        assertThat(OrderPage.webLink("https://track.example/RR1")).isEqualTo("https://track.example/RR1");
        assertThat(OrderPage.webLink("HTTP://track.example/RR1")).isEqualTo("HTTP://track.example/RR1");
        assertThat(OrderPage.webLink("javascript:alert(1)")).isNull();
        assertThat(OrderPage.webLink("data:text/html,<script>")).isNull();
        assertThat(OrderPage.webLink("//track.example/RR1")).isNull();
        assertThat(OrderPage.webLink("/track/RR1")).isNull();
        assertThat(OrderPage.webLink("not a link")).isNull();
        assertThat(OrderPage.webLink(null)).isNull();
    }

    @Test
    void everyActionPostsToItsOwnAddressUnderTheOrderPage() {
        assertThat(OrderPaths.action("1001", ShopperAction.CHANGE_ADDRESS)).isEqualTo("/help/orders/1001/address");
        assertThat(OrderPaths.action("1001", ShopperAction.CANCEL)).isEqualTo("/help/orders/1001/cancel");
        assertThat(OrderPaths.action("1001", ShopperAction.REQUEST_RETURN)).isEqualTo("/help/orders/1001/return");
        assertThat(OrderPaths.action("1001", ShopperAction.WITHDRAW)).isEqualTo("/help/orders/1001/withdraw");
    }

    @Test
    void anOrderNumberIsOnePathSegment() {
        assertThat(OrderPaths.page("A/1 2")).isEqualTo("/help/orders/A%2F1%202");
    }
}
