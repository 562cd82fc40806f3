package io.concierge.demo;

import org.jsoup.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The demo's mailbox shows the confirmation the outbox sent, on its own schedule, for a guest's checkout. */
@ExtendWith(RunningDemoStore.class)
class DemoMailboxWebIT {

    @Test
    void aGuestCheckoutsConfirmationArrivesInTheDemoMailbox() throws Exception {
        String email = "guest-" + UUID.randomUUID() + "@example.com";
        String number = GuestOrders.place(email);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                mailbox().body().contains("Order " + number + " confirmed"));
        Connection.Response mailbox = mailbox();
        assertThat(mailbox.body()).contains("Demo only.", email);
        String link = mailbox.parse().select("a:contains(Order " + number + " confirmed)").attr("href");
        Connection.Response mail = ShopperSession.stepByStep(RunningDemoStore.site()).get(link);
        assertThat(mail.statusCode()).isEqualTo(200);
        assertThat(mail.body()).contains("Thank you for your order " + number, "/help/orders/lookup");
    }

    private static Connection.Response mailbox() throws Exception {
        return ShopperSession.stepByStep(RunningDemoStore.site()).get("/demo/mailbox");
    }
}
