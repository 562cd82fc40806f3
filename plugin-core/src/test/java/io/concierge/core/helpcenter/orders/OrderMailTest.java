package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.StorefrontUrl;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.testing.MessageBundles;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Which event makes which mail, under which key, with which links; without Spring. */
class OrderMailTest {

    @Test
    void eachCustomerFacingStepMakesItsMailAndNoOtherEventMakesOne() {
        assertThat(OrderMail.causedBy(OrderEventType.PLACED)).isEqualTo(OrderMail.CONFIRMATION);
        assertThat(OrderMail.causedBy(OrderEventType.SHIPPED)).isEqualTo(OrderMail.DISPATCH);
        assertThat(OrderMail.causedBy(OrderEventType.DELAYED)).isEqualTo(OrderMail.DELAY);
        assertThat(OrderMail.causedBy(OrderEventType.DELIVERED)).isEqualTo(OrderMail.DELIVERED);
        assertThat(OrderMail.causedBy(OrderEventType.CANCELLED)).isEqualTo(OrderMail.CANCELLATION);
        assertThat(OrderMail.causedBy(OrderEventType.RETURN_REQUESTED)).isEqualTo(OrderMail.RETURN_RECEIPT);
        assertThat(OrderMail.causedBy(OrderEventType.WITHDRAWN)).isEqualTo(OrderMail.WITHDRAWAL_RECEIPT);
        for (OrderEventType silent : EnumSet.of(OrderEventType.PAID, OrderEventType.PICKED,
                OrderEventType.OUT_FOR_DELIVERY, OrderEventType.RETURN_RECEIVED, OrderEventType.REFUNDED)) {
            assertThat(OrderMail.causedBy(silent)).as(silent.key()).isNull();
        }
    }

    @Test
    void theKeyNamesTheOrderTheEventAndTheMail() {
        OrderEventImpl event = (OrderEventImpl) Timelines.order().placed("2026-12-01T10:00:00Z").events().get(0);
        event.id = 56L;

        assertThat(OrderMail.CONFIRMATION.idempotencyKey(event)).isEqualTo("order-1-event-56-confirmation");
        assertThat(OrderMail.DISPATCH.idempotencyKey(event)).isEqualTo("order-1-event-56-dispatch");
        assertThat(OrderMail.DELAY.template()).isEqualTo("helpcenter/order-delay");
    }

    @Test
    void registeredCustomersAreLinkedToTheOrderPageGuestsToTheLookupAllFromTheConfiguredAddress() {
        OrderMailLinks links = new OrderMailLinks(new StorefrontUrl("https://shop.example.com/store/"));

        assertThat(links.order("A/1 2", true)).isEqualTo("https://shop.example.com/store/help/orders/A%2F1%202");
        assertThat(links.order("A/1 2", false)).isEqualTo("https://shop.example.com/store/help/orders/lookup");
        assertThat(links.page("/guides/first-night")).isEqualTo("https://shop.example.com/store/guides/first-night");
    }

    @Test
    void everyMailIsOnByDefaultAndEachSwitchesAlone() {
        HelpCenterOptionsImpl options = new HelpCenterOptionsImpl();
        for (OrderMail mail : OrderMail.values()) {
            assertThat(options.isMailOn(mail)).as(mail.key()).isTrue();
        }
        options.setMailOn(OrderMail.DELAY, false);

        for (OrderMail mail : OrderMail.values()) {
            assertThat(options.isMailOn(mail)).as(mail.key()).isEqualTo(mail != OrderMail.DELAY);
        }
    }

    @Test
    void theMailMessagesSayTheSameInEveryLanguage() throws Exception {
        MessageBundles.assertSameKeysInEveryLanguage("messages/HelpCenterMailMessages");
    }
}
