package io.concierge.demo;

import io.concierge.core.helpcenter.account.CustomerAuditEntry;
import io.concierge.core.helpcenter.account.ProfileChange;
import io.concierge.core.helpcenter.account.ShopperProfileService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Registration at the end of a guest checkout: the confirmation's offer, once, by the session that placed it. */
@ExtendWith(RunningDemoStore.class)
class GuestRegistrationWebIT {

    private static final String PASSWORD = "kept-details";

    /** The guest's own session, step by step, on the confirmation page of the order it just placed. */
    private static ShopperSession confirmed(String email, String[] number) throws IOException {
        ShopperSession guest = new ShopperSession(RunningDemoStore.site());
        number[0] = GuestOrders.place(guest, email);
        ShopperSession same = ShopperSession.stepByStep(RunningDemoStore.site()).withSession(guest.cookie("JSESSIONID"));
        Document confirmation = same.page("/confirmation/" + number[0]);
        assertThat(confirmation.select(".keep-details form").attr("action"))
                .endsWith("/help/orders/" + number[0] + "/keep-details");
        assertThat(confirmation.select(".keep-details").text()).contains(email);
        return same;
    }

    @Test
    void aGuestKeepsTheDetailsOnceAndTheOrderIsOnTheNewAccount() throws IOException {
        String email = "keeper-" + UUID.randomUUID() + "@example.com";
        String[] number = new String[1];
        ShopperSession guest = confirmed(email, number);
        String keep = "/help/orders/" + number[0] + "/keep-details";

        ShopperSession stranger = ShopperSession.stepByStep(RunningDemoStore.site());
        stranger.get("/login");
        assertThat(stranger.post(keep, "password", PASSWORD, "repeatPassword", PASSWORD).statusCode())
                .as("another session").isEqualTo(404);

        Connection.Response mismatch = guest.post(keep, "password", PASSWORD, "repeatPassword", "other-password");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.parse().select(".problem[data-field=repeatPassword]").text())
                .isEqualTo("The two passwords are not the same.");
        CustomerService customers = RunningDemoStore.siteContext().getBean("blCustomerService", CustomerService.class);
        assertThat(customers.readCustomerByUsername(email)).as("nothing registered").isNull();

        Connection.Response kept = guest.post(keep, "password", PASSWORD, "repeatPassword", PASSWORD);
        assertThat(kept.statusCode()).isEqualTo(302);
        assertThat(kept.header("Location")).endsWith("/account");
        Document account = guest.page("/account");
        assertThat(account.select(".done").text()).startsWith("Your account was created and you are signed in.");
        assertThat(account.select(".shopper-name").text()).contains(email);
        assertThat(account.select("section.order[data-order=" + number[0] + "]")).hasSize(1);

        Connection.Response again = guest.post(keep, "password", PASSWORD, "repeatPassword", PASSWORD);
        assertThat(again.statusCode()).as("once").isEqualTo(409);
        assertThat(again.parse().select(".problem[data-field=form]").text())
                .isEqualTo("You already created an account with this order. Sign in to see it.");

        ShopperSession later = ShopperSession.stepByStep(RunningDemoStore.site());
        later.signInShopper(email, PASSWORD);
        assertThat(later.page("/account").select("section.order[data-order=" + number[0] + "]")).hasSize(1);

        List<CustomerAuditEntry> trail = RunningDemoStore.siteContext()
                .getBean("cncShopperProfileService", ShopperProfileService.class)
                .auditTrail(customers.readCustomerByUsername(email).getId());
        assertThat(trail).extracting(CustomerAuditEntry::getChange).containsExactly(ProfileChange.REGISTRATION);
        assertThat(trail.get(0).getAfter()).contains(email, number[0]).doesNotContain(PASSWORD);
        assertThat(trail.get(0).getClientAddress()).isEqualTo("127.0.0.1");
    }

    @Test
    void aGuestWhoseEmailHasAnAccountIsToldToSignInInstead() throws IOException {
        String email = "has-account-" + UUID.randomUUID() + "@example.com";
        ShopperSession owner = ShopperSession.stepByStep(RunningDemoStore.site());
        owner.get("/login");
        owner.post("/register", "email", email, "firstName", "Nora", "lastName", "Lind",
                "password", PASSWORD, "passwordConfirm", PASSWORD);
        String[] number = new String[1];
        ShopperSession guest = confirmed(email, number);

        Connection.Response refused = guest.post("/help/orders/" + number[0] + "/keep-details",
                "password", "another-password", "repeatPassword", "another-password");

        assertThat(refused.statusCode()).isEqualTo(409);
        Document page = refused.parse();
        assertThat(page.select(".problem[data-field=form]").text())
                .isEqualTo("There is already an account with this e-mail address: sign in instead.");
        assertThat(page.select("a.sign-in").attr("href")).endsWith("/login");
        ShopperSession signIn = ShopperSession.stepByStep(RunningDemoStore.site());
        signIn.get("/login");
        assertThat(signIn.post("/login_post", "j_username", email, "j_password", "another-password")
                .header("Location")).as("the account's password is unchanged").doesNotEndWith("/account");
    }

    @Test
    void aSignedInShoppersConfirmationOffersNoRegistration() throws IOException {
        String email = "signed-in-" + UUID.randomUUID() + "@example.com";
        ShopperSession shopper = new ShopperSession(RunningDemoStore.site());
        shopper.page("/login");
        shopper.post("/register", "email", email, "firstName", "Nora", "lastName", "Lind",
                "password", PASSWORD, "passwordConfirm", PASSWORD);
        String number = GuestOrders.place(shopper, email);

        assertThat(shopper.page("/confirmation/" + number).select(".keep-details")).isEmpty();
        assertThat(shopper.post("/help/orders/" + number + "/keep-details", "password", PASSWORD,
                "repeatPassword", PASSWORD).statusCode()).isEqualTo(409);
    }
}
