package io.concierge.core.helpcenter.account;

import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.NewAddress;
import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.CustomerFacts;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.domain.RoleImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** The shopper's profile changes, their audit trail, contact preferences and the registration of a guest's order. */
@ExtendWith(BroadleafContextExtension.class)
class ShopperProfileIT {

    private static final String CLIENT = "198.51.100.7";
    private static final String PASSWORD = "first-secret";

    @Resource(name = "cncShopperProfileService")
    ShopperProfileService profiles;

    @Resource(name = "cncContactPreferences")
    ContactPreferences preferences;

    @Resource(name = "cncProfileFacts")
    CustomerFacts facts;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blOrderService")
    OrderService orderService;

    private final TestOrders orders = TestOrders.fromContext();

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    /** Broadleaf gives every registered customer the role ROLE_USER (the demo's import SQL has it); once per database. */
    private synchronized void knowRoleUser() {
        orders.inTransaction(status -> {
            if (em.createQuery("select count(r) from RoleImpl r where r.roleName = 'ROLE_USER'", Long.class)
                    .getSingleResult() == 0) {
                RoleImpl role = new RoleImpl();
                role.setRoleName("ROLE_USER");
                em.persist(role);
            }
            return null;
        });
    }

    private Customer registered() {
        return registered("profile-" + UUID.randomUUID() + "@example.com");
    }

    private Customer registered(String email) {
        knowRoleUser();
        return orders.inTransaction(status -> {
            Customer created = customerService.createNewCustomer();
            created.setEmailAddress(email);
            created.setUsername(email);
            created.setFirstName("Ana");
            created.setLastName("Souza");
            return customerService.registerCustomer(created, PASSWORD, PASSWORD);
        });
    }

    private static NewAddress porto() {
        return new NewAddress().setFirstName("Ana").setLastName("Souza").setAddressLine1("Rua das Flores 5")
                .setCity("Porto").setPostalCode("4050-262").setCountry("PT");
    }

    private ProfileChange lastChange(long customerId) {
        List<CustomerAuditEntry> trail = profiles.auditTrail(customerId);
        return trail.isEmpty() ? null : trail.get(trail.size() - 1).getChange();
    }

    @Test
    void aNewNameIsSavedAndAuditedWithBeforeAfterAndTheClientAddress() {
        Customer customer = registered();

        ProfileOutcome outcome = profiles.changeName(customer.getId(), CLIENT, " Ana Maria ", "Souza Lima");

        assertThat(outcome.isMade()).as(outcome.toString()).isTrue();
        Customer saved = customerService.readCustomerById(customer.getId());
        assertThat(saved.getFirstName()).isEqualTo("Ana Maria");
        assertThat(saved.getLastName()).isEqualTo("Souza Lima");
        CustomerAuditEntry entry = profiles.auditTrail(customer.getId()).get(0);
        assertThat(entry.getChange()).isEqualTo(ProfileChange.NAME);
        assertThat(entry.getActorCustomerId()).isEqualTo(customer.getId());
        assertThat(entry.getClientAddress()).isEqualTo(CLIENT);
        assertThat(entry.getBefore()).contains("\"firstName\":\"Ana\"", "\"lastName\":\"Souza\"");
        assertThat(entry.getAfter()).contains("\"firstName\":\"Ana Maria\"", "\"lastName\":\"Souza Lima\"");
    }

    @Test
    void aBlankNameChangesNothing() {
        Customer customer = registered();

        ProfileOutcome outcome = profiles.changeName(customer.getId(), CLIENT, " ", "Souza");

        assertThat(outcome.fieldErrors()).containsExactly(entry("firstName", ProfileRules.REQUIRED));
        assertThat(customerService.readCustomerById(customer.getId()).getFirstName()).isEqualTo("Ana");
        assertThat(profiles.auditTrail(customer.getId())).isEmpty();
    }

    @Test
    void theEmailNeedsTheCurrentPasswordAndAnAddressNobodyElseHas() {
        Customer customer = registered();
        Customer other = registered();

        assertThat(profiles.changeEmail(customer.getId(), CLIENT, "new-" + customer.getEmailAddress(), "wrong")
                .fieldErrors()).containsExactly(entry("currentPassword", ProfileRules.WRONG_PASSWORD));
        assertThat(profiles.changeEmail(customer.getId(), CLIENT, other.getEmailAddress().toUpperCase(), PASSWORD)
                .fieldErrors()).containsExactly(entry("email", ProfileRules.EMAIL_TAKEN));
        assertThat(profiles.changeEmail(customer.getId(), CLIENT, "not an address", PASSWORD).fieldErrors())
                .containsExactly(entry("email", ProfileRules.NOT_AN_EMAIL));
        assertThat(profiles.auditTrail(customer.getId())).isEmpty();

        String newEmail = "moved-" + customer.getEmailAddress();
        assertThat(profiles.changeEmail(customer.getId(), CLIENT, newEmail, PASSWORD).isMade()).isTrue();

        Customer saved = customerService.readCustomerById(customer.getId());
        assertThat(saved.getEmailAddress()).isEqualTo(newEmail);
        assertThat(saved.getUsername()).isEqualTo(newEmail);
        CustomerAuditEntry entry = profiles.auditTrail(customer.getId()).get(0);
        assertThat(entry.getChange()).isEqualTo(ProfileChange.EMAIL);
        assertThat(entry.getBefore()).contains(customer.getEmailAddress());
        assertThat(entry.getAfter()).contains(newEmail);
    }

    @Test
    void thePasswordChangesThroughBroadleafAndTheTrailNeverHoldsIt() {
        Customer customer = registered();

        assertThat(profiles.changePassword(customer.getId(), CLIENT, "wrong", "second-secret", "second-secret")
                .fieldErrors()).containsOnlyKeys("currentPassword");
        assertThat(profiles.changePassword(customer.getId(), CLIENT, PASSWORD, "second-secret", "second-secreT")
                .fieldErrors()).containsExactly(entry("repeatPassword", ProfileRules.PASSWORD_MISMATCH));
        assertThat(profiles.changePassword(customer.getId(), CLIENT, PASSWORD, "short", "short")
                .fieldErrors()).containsExactly(entry("newPassword", ProfileRules.PASSWORD_LENGTH));

        assertThat(profiles.changePassword(customer.getId(), CLIENT, PASSWORD, "second-secret", "second-secret")
                .isMade()).isTrue();

        Customer saved = customerService.readCustomerById(customer.getId());
        assertThat(customerService.isPasswordValid("second-secret", saved.getPassword(), saved)).isTrue();
        assertThat(customerService.isPasswordValid(PASSWORD, saved.getPassword(), saved)).isFalse();
        List<CustomerAuditEntry> trail = profiles.auditTrail(customer.getId());
        assertThat(trail).hasSize(1);
        assertThat(trail.get(0).getChange()).isEqualTo(ProfileChange.PASSWORD);
        assertThat(trail.get(0).getAfter()).doesNotContain("second-secret");
        assertThat(trail.get(0).getBefore()).isNull();
    }

    @Test
    void theAddressBookAddsEditsMakesDefaultAndDeletesEachAudited() {
        Customer customer = registered();

        assertThat(profiles.addAddress(customer.getId(), CLIENT, porto().setCountry("XX"), false).fieldErrors())
                .containsExactly(entry("country", "helpcenter.orders.address.unknownCountry"));
        assertThat(profiles.addresses(customer.getId())).isEmpty();

        assertThat(profiles.addAddress(customer.getId(), CLIENT, porto(), false).isMade()).isTrue();
        assertThat(profiles.addAddress(customer.getId(), CLIENT, porto().setCity("Braga"), false).isMade()).isTrue();
        assertThat(profiles.addAddress(customer.getId(), CLIENT, porto(), false).isMade()).as("the same again").isTrue();
        assertThat(profiles.addresses(customer.getId())).extracting(CustomerAddress::getAddressName)
                .containsExactly("Rua das Flores 5, Porto", "Rua das Flores 5, Braga", "Rua das Flores 5, Porto (2)");
        long twin = profiles.addresses(customer.getId()).get(2).getId();
        assertThat(profiles.deleteAddress(customer.getId(), CLIENT, twin).isMade()).isTrue();
        List<CustomerAddress> book = profiles.addresses(customer.getId());
        assertThat(book).extracting(a -> a.getAddress().getCity()).containsExactly("Porto", "Braga");
        assertThat(book.get(0).getAddress().isDefault()).as("the first address is the default").isTrue();
        long braga = book.get(1).getId();

        assertThat(profiles.editAddress(customer.getId(), CLIENT, braga, porto().setCity(" ")).fieldErrors())
                .containsExactly(entry("city", "helpcenter.orders.address.required"));
        assertThat(profiles.editAddress(customer.getId(), CLIENT, braga, porto().setCity("Coimbra")).isMade()).isTrue();
        assertThat(profiles.makeDefault(customer.getId(), CLIENT, braga).isMade()).isTrue();
        book = profiles.addresses(customer.getId());
        assertThat(book).extracting(a -> a.getAddress().getCity()).containsExactly("Coimbra", "Porto");

        Customer stranger = registered();
        assertThat(profiles.deleteAddress(stranger.getId(), CLIENT, braga).fieldErrors())
                .containsExactly(entry(ProfileOutcome.FORM, ProfileRules.UNKNOWN_ADDRESS));
        assertThat(profiles.deleteAddress(customer.getId(), CLIENT, braga).isMade()).isTrue();
        assertThat(profiles.addresses(customer.getId())).extracting(a -> a.getAddress().getCity())
                .containsExactly("Porto");

        assertThat(profiles.auditTrail(customer.getId())).extracting(CustomerAuditEntry::getChange).containsExactly(
                ProfileChange.ADDRESS_ADDED, ProfileChange.ADDRESS_ADDED, ProfileChange.ADDRESS_ADDED,
                ProfileChange.ADDRESS_DELETED, ProfileChange.ADDRESS_CHANGED, ProfileChange.DEFAULT_ADDRESS,
                ProfileChange.ADDRESS_DELETED);
        CustomerAuditEntry edit = profiles.auditTrail(customer.getId()).get(4);
        assertThat(edit.getBefore()).contains("\"city\":\"Braga\"");
        assertThat(edit.getAfter()).contains("\"city\":\"Coimbra\"");
        assertThat(profiles.auditTrail(stranger.getId())).isEmpty();
    }

    @Test
    void contactPreferencesAreOptOutAndOrderMailsAlwaysGo() {
        Customer customer = registered();
        long id = customer.getId();
        assertThat(preferences.mayReceive(id, Purpose.SURVEY)).isTrue();
        assertThat(preferences.mayReceive(id, Purpose.MARKETING)).isTrue();

        profiles.choose(id, CLIENT, new ContactPreferences.Choices(false, true));

        assertThat(preferences.mayReceive(id, Purpose.SURVEY)).isFalse();
        assertThat(preferences.mayReceive(id, Purpose.MARKETING)).isTrue();
        assertThat(preferences.mayReceive(id, Purpose.ORDER)).isTrue();
        List<Long> withAnother = Arrays.asList(id, registered().getId());
        assertThat(preferences.refusing(withAnother, Purpose.SURVEY)).as("of many at once").containsExactly(id);
        assertThat(preferences.refusing(withAnother, Purpose.MARKETING)).isEmpty();
        assertThat(preferences.refusing(withAnother, Purpose.ORDER)).isEmpty();
        profiles.choose(id, CLIENT, new ContactPreferences.Choices(false, false));
        assertThat(preferences.mayReceive(id, Purpose.MARKETING)).isFalse();
        assertThat(preferences.mayReceive(id, Purpose.ORDER)).isTrue();
        List<CustomerAuditEntry> trail = profiles.auditTrail(id);
        assertThat(trail).extracting(CustomerAuditEntry::getChange)
                .containsExactly(ProfileChange.CONTACT_PREFERENCES, ProfileChange.CONTACT_PREFERENCES);
        assertThat(trail.get(1).getBefore()).contains("\"marketing\":\"true\"");
        assertThat(trail.get(1).getAfter()).contains("\"surveys\":\"false\"", "\"marketing\":\"false\"");

        assertThat(facts.factsAbout(id)).extracting(CustomerFacts.CustomerFact::getLabelKey, CustomerFacts.CustomerFact::getText)
                .containsExactly(tuple(ProfileFacts.MAIL_PREFERENCES, "orders: always; surveys: no; offers: no"),
                        tuple(ProfileFacts.LAST_CHANGE, "contact preferences, "
                                + trail.get(1).getChangedAt().toInstant() + " from " + CLIENT));
    }

    @Test
    void aGuestsOrderCustomerRegistersOnceWithTheOrdersEmailAndOwnsTheOrder() throws Exception {
        knowRoleUser();
        Order order = orders.checkedOut();
        long guest = order.getCustomer().getId();
        String email = order.getCustomer().getEmailAddress();

        assertThat(profiles.registerGuestOrder(order.getId(), guest + 1000, CLIENT, PASSWORD, PASSWORD).fieldErrors())
                .as("another session's customer").containsExactly(
                        entry(ProfileOutcome.FORM, ShopperProfileServiceImpl.REGISTER_NOT_POSSIBLE));
        assertThat(profiles.registerGuestOrder(order.getId(), guest, CLIENT, "short", "short").fieldErrors())
                .containsExactly(entry("newPassword", ProfileRules.PASSWORD_LENGTH));
        assertThat(customerService.readCustomerById(guest).isRegistered()).isFalse();

        assertThat(profiles.registerGuestOrder(order.getId(), guest, CLIENT, PASSWORD, PASSWORD).isMade()).isTrue();

        Customer registered = customerService.readCustomerByUsername(email);
        assertThat(registered.getId()).isEqualTo(guest);
        assertThat(registered.isRegistered()).isTrue();
        assertThat(customerService.isPasswordValid(PASSWORD, registered.getPassword(), registered)).isTrue();
        assertThat(registered.getFirstName()).isEqualTo("Ana");
        assertThat(orderService.findOrdersForCustomer(registered)).extracting(Order::getId).contains(order.getId());
        assertThat(lastChange(guest)).isEqualTo(ProfileChange.REGISTRATION);
        assertThat(profiles.auditTrail(guest).get(0).getAfter()).contains(email, order.getOrderNumber())
                .doesNotContain(PASSWORD);

        assertThat(profiles.registerGuestOrder(order.getId(), guest, CLIENT, PASSWORD, PASSWORD).fieldErrors())
                .as("once").containsExactly(entry(ProfileOutcome.FORM, ShopperProfileServiceImpl.REGISTERED_ALREADY));
    }

    @Test
    void aGuestWhoseEmailHasAnAccountIsToldToSignIn() throws Exception {
        Order order = orders.checkedOut();
        registered(BroadleafOrders.emailOf(order).toUpperCase(Locale.ROOT));

        assertThat(profiles.registerGuestOrder(order.getId(), order.getCustomer().getId(), CLIENT, PASSWORD, PASSWORD)
                .fieldErrors()).containsExactly(entry(ProfileOutcome.FORM, ShopperProfileServiceImpl.REGISTER_EMAIL_TAKEN));
        assertThat(customerService.readCustomerById(order.getCustomer().getId()).isRegistered()).isFalse();
        assertThat(profiles.auditTrail(order.getCustomer().getId())).isEmpty();
    }
}
