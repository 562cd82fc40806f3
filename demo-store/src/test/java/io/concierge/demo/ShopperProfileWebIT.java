package io.concierge.demo;

import io.concierge.core.helpcenter.account.ContactPreferences;
import io.concierge.core.helpcenter.account.CustomerAuditEntry;
import io.concierge.core.helpcenter.account.ProfileChange;
import io.concierge.core.helpcenter.account.Purpose;
import io.concierge.core.helpcenter.account.ShopperProfileService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The shopper's profile over HTTP: each change, its bad input, its audit entry, and nobody else's reach. */
@ExtendWith(RunningDemoStore.class)
class ShopperProfileWebIT {

    private static final String PASSWORD = "first-secret";
    private static final String PROFILE = "/account/profile";

    /** A new account, registered through the demo's form, in a step-by-step session signed in to it. */
    private static ShopperSession newShopper(String email) throws IOException {
        ShopperSession shopper = ShopperSession.stepByStep(RunningDemoStore.site());
        shopper.get("/login");
        Connection.Response registered = shopper.post("/register", "email", email, "firstName", "Nora",
                "lastName", "Lind", "password", PASSWORD, "passwordConfirm", PASSWORD);
        assertThat(registered.header("Location")).endsWith("/account");
        return shopper;
    }

    private static String freshEmail() {
        return "profile-" + UUID.randomUUID() + "@example.com";
    }

    private static Customer customer(String email) {
        return RunningDemoStore.siteContext().getBean("blCustomerService", CustomerService.class)
                .readCustomerByUsername(email);
    }

    private static List<CustomerAuditEntry> trail(long customerId) {
        return RunningDemoStore.siteContext().getBean("cncShopperProfileService", ShopperProfileService.class)
                .auditTrail(customerId);
    }

    /** Posts, expects the redirect back to the profile, and returns the profile page with its notice. */
    private static Document saved(ShopperSession shopper, String path, String... fields) throws IOException {
        Connection.Response posted = shopper.post(path, fields);
        assertThat(posted.statusCode()).as(path + " " + posted.body()).isEqualTo(302);
        assertThat(posted.header("Location")).endsWith(PROFILE);
        return shopper.page(PROFILE);
    }

    private static void signsIn(String email, String password, boolean expected) throws IOException {
        ShopperSession session = ShopperSession.stepByStep(RunningDemoStore.site());
        session.get("/login");
        String location = session.post("/login_post", "j_username", email, "j_password", password).header("Location");
        assertThat(location.endsWith("/account")).as(email + " / " + password).isEqualTo(expected);
    }

    @Test
    void theAccountPageLinksTheProfileAndOnlySignedInShoppersReachIt() throws IOException {
        ShopperSession shopper = newShopper(freshEmail());
        assertThat(shopper.page("/account").select("a.profile-link").attr("href")).endsWith(PROFILE);

        ShopperSession stranger = ShopperSession.stepByStep(RunningDemoStore.site());
        assertThat(stranger.get(PROFILE).header("Location")).contains("/login");
        stranger.get("/login");
        assertThat(stranger.post(PROFILE + "/name", "firstName", "X", "lastName", "Y").header("Location"))
                .contains("/login");
    }

    @Test
    void theNameChangesAndABlankOneIsAFieldErrorWithNothingChanged() throws IOException {
        String email = freshEmail();
        ShopperSession shopper = newShopper(email);
        shopper.get(PROFILE);

        Connection.Response bad = shopper.post(PROFILE + "/name", "firstName", " ", "lastName", "Berg");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.parse().select(".problem[data-field=firstName]").text()).isEqualTo("Please fill in this field.");
        assertThat(shopper.page(PROFILE).select("form.profile-name input[name=lastName]").val()).isEqualTo("Lind");

        Document page = saved(shopper, PROFILE + "/name", "firstName", "Nora Maria", "lastName", "Berg");
        assertThat(page.select(".done").text()).isEqualTo("Your name was changed.");
        assertThat(page.select("form.profile-name input[name=firstName]").val()).isEqualTo("Nora Maria");

        Customer saved = customer(email);
        List<CustomerAuditEntry> trail = trail(saved.getId());
        assertThat(trail).extracting(CustomerAuditEntry::getChange).containsExactly(ProfileChange.NAME);
        assertThat(trail.get(0).getClientAddress()).isEqualTo("127.0.0.1");
        assertThat(trail.get(0).getBefore()).contains("\"firstName\":\"Nora\"", "\"lastName\":\"Lind\"");
        assertThat(trail.get(0).getAfter()).contains("\"firstName\":\"Nora Maria\"", "\"lastName\":\"Berg\"");
    }

    @Test
    void theEmailNeedsTheCurrentPasswordAndATakenOneIsRefusedWithoutSayingWhose() throws IOException {
        String email = freshEmail();
        String taken = freshEmail();
        newShopper(taken);
        ShopperSession shopper = newShopper(email);
        shopper.get(PROFILE);

        Connection.Response wrong = shopper.post(PROFILE + "/email", "email", "moved-" + email,
                "currentPassword", "not-my-password");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.parse().select("form.profile-email .problem[data-field=currentPassword]").text())
                .isEqualTo("This is not your current password.");

        Connection.Response clash = shopper.post(PROFILE + "/email", "email", taken, "currentPassword", PASSWORD);
        assertThat(clash.statusCode()).isEqualTo(400);
        assertThat(clash.parse().select(".problem[data-field=email]").text())
                .isEqualTo("This e-mail address cannot be used. Please choose another one.");
        Connection.Response malformed = shopper.post(PROFILE + "/email", "email", "nora@", "currentPassword", PASSWORD);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(customer(email)).as("nothing changed").isNotNull();
        assertThat(trail(customer(email).getId())).isEmpty();

        String moved = "moved-" + email;
        Document page = saved(shopper, PROFILE + "/email", "email", moved, "currentPassword", PASSWORD);
        assertThat(page.select(".done").text()).startsWith("Your e-mail address was changed.");
        assertThat(page.select("form.profile-email input[name=email]").val()).isEqualTo(moved);
        assertThat(shopper.page("/account").select(".shopper-name").text()).as("still signed in").contains(moved);
        signsIn(moved, PASSWORD, true);
        signsIn(email, PASSWORD, false);

        CustomerAuditEntry entry = trail(customer(moved).getId()).get(0);
        assertThat(entry.getChange()).isEqualTo(ProfileChange.EMAIL);
        assertThat(entry.getBefore()).contains(email);
        assertThat(entry.getAfter()).contains(moved).doesNotContain(PASSWORD);
    }

    @Test
    void thePasswordNeedsTheCurrentOneAndTwoEqualNewOnes() throws IOException {
        String email = freshEmail();
        ShopperSession shopper = newShopper(email);
        shopper.get(PROFILE);

        Connection.Response wrong = shopper.post(PROFILE + "/password", "currentPassword", "guess-guess",
                "newPassword", "second-secret", "repeatPassword", "second-secret");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.parse().select("form.profile-password .problem[data-field=currentPassword]").text())
                .isEqualTo("This is not your current password.");
        Connection.Response mismatch = shopper.post(PROFILE + "/password", "currentPassword", PASSWORD,
                "newPassword", "second-secret", "repeatPassword", "second-secreT");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.parse().select(".problem[data-field=repeatPassword]").text())
                .isEqualTo("The two passwords are not the same.");
        signsIn(email, PASSWORD, true);

        Document page = saved(shopper, PROFILE + "/password", "currentPassword", PASSWORD,
                "newPassword", "second-secret", "repeatPassword", "second-secret");
        assertThat(page.select(".done").text()).isEqualTo("Your password was changed.");
        signsIn(email, "second-secret", true);
        signsIn(email, PASSWORD, false);
        List<CustomerAuditEntry> trail = trail(customer(email).getId());
        assertThat(trail).extracting(CustomerAuditEntry::getChange).containsExactly(ProfileChange.PASSWORD);
        assertThat(trail.get(0).getAfter()).doesNotContain("second-secret");
    }

    @Test
    void everyProfileFormNeedsTheCsrfToken() throws IOException {
        String email = freshEmail();
        ShopperSession shopper = newShopper(email);
        shopper.get(PROFILE);
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("firstName", "Forged");
        fields.put("lastName", "Name");
        assertThat(shopper.postExactly(PROFILE + "/name", fields).statusCode()).isEqualTo(403);
        assertThat(shopper.postExactly(PROFILE + "/preferences", new LinkedHashMap<String, String>()).statusCode())
                .isEqualTo(403);
        assertThat(customer(email).getFirstName()).isEqualTo("Nora");
        assertThat(trail(customer(email).getId())).isEmpty();
    }

    @Test
    void theAddressBookAddsEditsMakesDefaultAndDeletesAndIsNobodyElses() throws IOException {
        String email = freshEmail();
        ShopperSession shopper = newShopper(email);
        assertThat(shopper.page(PROFILE).select(".no-addresses")).hasSize(1);
        shopper.get("/account/addresses/new");

        Connection.Response bad = shopper.post("/account/addresses/new", "firstName", "Nora", "lastName", "Lind",
                "addressLine1", "Rua Augusta 1", "city", "Curitiba", "postalCode", "80000-000", "country", "XX");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.parse().select(".problem[data-field=country]").text()).isNotBlank();
        assertThat(shopper.page(PROFILE).select(".address-entry")).isEmpty();

        Document page = saved(shopper, "/account/addresses/new", "firstName", "Nora", "lastName", "Lind",
                "addressLine1", "Rua Augusta 1", "city", "Curitiba", "state", "BR-PR", "postalCode", "80000-000",
                "country", "BR");
        assertThat(page.select(".done").text()).isEqualTo("The address was added.");
        page = saved(shopper, "/account/addresses/new", "firstName", "Nora", "lastName", "Lind",
                "addressLine1", "Avenida Paulista 1000", "city", "Campinas", "state", "BR-SP",
                "postalCode", "01310-100", "country", "BR");
        assertThat(page.select(".address-entry")).hasSize(2);
        assertThat(page.select(".address-entry").first().text()).contains("Curitiba", "Default address");
        String second = page.select(".address-entry").get(1).attr("data-address");

        shopper.get("/account/addresses/" + second);
        Connection.Response blank = shopper.post("/account/addresses/" + second, "firstName", "Nora",
                "lastName", "Lind", "addressLine1", "Avenida Paulista 1000", "city", "", "postalCode", "01310-100",
                "country", "BR", "state", "BR-SP");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.parse().select(".problem[data-field=city]").text()).isNotBlank();
        page = saved(shopper, "/account/addresses/" + second, "firstName", "Nora", "lastName", "Lind",
                "addressLine1", "Avenida Paulista 1000", "city", "S\u00e3o Paulo", "postalCode", "01310-100",
                "country", "BR", "state", "BR-SP");
        assertThat(page.select(".address-entry[data-address=" + second + "]").text()).contains("S\u00e3o Paulo")
                .doesNotContain("Campinas");

        page = saved(shopper, "/account/addresses/" + second + "/default");
        assertThat(page.select(".address-entry").first().attr("data-address")).isEqualTo(second);
        assertThat(page.select(".address-entry").first().text()).contains("Default address");

        ShopperSession other = newShopper(freshEmail());
        assertThat(other.get("/account/addresses/" + second).statusCode()).isEqualTo(404);
        other.get(PROFILE);
        assertThat(other.post("/account/addresses/" + second + "/delete").statusCode()).isEqualTo(404);

        page = saved(shopper, "/account/addresses/" + second + "/delete");
        assertThat(page.select(".address-entry")).hasSize(1);
        assertThat(page.select(".address-entry").text()).contains("Curitiba");

        assertThat(trail(customer(email).getId())).extracting(CustomerAuditEntry::getChange).containsExactly(
                ProfileChange.ADDRESS_ADDED, ProfileChange.ADDRESS_ADDED, ProfileChange.ADDRESS_CHANGED,
                ProfileChange.DEFAULT_ADDRESS, ProfileChange.ADDRESS_DELETED);
    }

    @Test
    void contactPreferencesShowOrderMailsAlwaysOnAndSurveysCanBeTurnedOff() throws IOException {
        String email = freshEmail();
        ShopperSession shopper = newShopper(email);
        Document page = shopper.page(PROFILE);
        assertThat(page.select("input[name=orderMails]").hasAttr("checked")).isTrue();
        assertThat(page.select("input[name=orderMails]").hasAttr("disabled")).isTrue();
        assertThat(page.select("input[name=surveys]").hasAttr("checked")).isTrue();
        ContactPreferences preferences = RunningDemoStore.siteContext()
                .getBean("cncContactPreferences", ContactPreferences.class);
        long id = customer(email).getId();
        assertThat(preferences.mayReceive(id, Purpose.SURVEY)).isTrue();

        page = saved(shopper, PROFILE + "/preferences", "marketing", "on");

        assertThat(page.select(".done").text()).isEqualTo("Your mail preferences were saved.");
        assertThat(page.select("input[name=surveys]").hasAttr("checked")).isFalse();
        assertThat(page.select("input[name=marketing]").hasAttr("checked")).isTrue();
        assertThat(preferences.mayReceive(id, Purpose.SURVEY)).isFalse();
        assertThat(preferences.mayReceive(id, Purpose.MARKETING)).isTrue();
        assertThat(preferences.mayReceive(id, Purpose.ORDER)).isTrue();
        assertThat(trail(id).get(0).getAfter()).contains("\"surveys\":\"false\"");
    }
}
