package io.concierge.core.helpcenter.account;

import io.concierge.core.helpcenter.orders.AddressRules;
import io.concierge.core.helpcenter.orders.BroadleafOrderChanges;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.NewAddress;
import org.broadleafcommerce.common.security.util.PasswordChange;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;

/** {@link ShopperProfileService} and {@link ContactPreferences} over Broadleaf's customer and address services. */
@Service("cncShopperProfileService")
public class ShopperProfileServiceImpl implements ShopperProfileService, ContactPreferences {

    public static final String REGISTER_NOT_POSSIBLE = "helpcenter.account.register.notPossible";
    public static final String REGISTERED_ALREADY = "helpcenter.account.register.already";
    public static final String REGISTER_EMAIL_TAKEN = "helpcenter.account.register.emailTaken";

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blCustomerAddressService")
    protected CustomerAddressService customerAddressService;

    @Resource(name = "blAddressService")
    protected AddressService addressService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "cncBroadleafOrderChanges")
    protected BroadleafOrderChanges places;

    @Resource(name = "cncCustomerAccountDao")
    protected CustomerAccountDao dao;

    @Override
    @Transactional("blTransactionManager")
    public ProfileOutcome changeName(long customerId, String clientAddress, String firstName, String lastName) {
        Customer customer = registered(customerId);
        Map<String, String> problems = ProfileRules.name(firstName, lastName);
        if (!problems.isEmpty()) {
            return ProfileOutcome.refused(problems);
        }
        Map<String, String> before = names(customer);
        customer.setFirstName(ProfileRules.clean(firstName));
        customer.setLastName(ProfileRules.clean(lastName));
        customerService.saveCustomer(customer);
        audit(customerId, ProfileChange.NAME, clientAddress, before, names(customer));
        return ProfileOutcome.made();
    }

    @Override
    @Transactional("blTransactionManager")
    public ProfileOutcome changeEmail(long customerId, String clientAddress, String email, String currentPassword) {
        Customer customer = registered(customerId);
        Map<String, String> problems = new LinkedHashMap<String, String>(ProfileRules.email(email));
        if (!passwordIs(customer, currentPassword)) {
            problems.put("currentPassword", ProfileRules.WRONG_PASSWORD);
        } else if (problems.isEmpty() && dao.emailTakenByAnother(email, customerId)) {
            problems.put("email", ProfileRules.EMAIL_TAKEN);
        }
        if (!problems.isEmpty()) {
            return ProfileOutcome.refused(problems);
        }
        String newEmail = email.trim();
        Map<String, String> before = emailOf(customer);
        customer.setEmailAddress(newEmail);
        customer.setUsername(newEmail);
        customerService.saveCustomer(customer);
        audit(customerId, ProfileChange.EMAIL, clientAddress, before, emailOf(customer));
        return ProfileOutcome.made();
    }

    @Override
    @Transactional("blTransactionManager")
    public ProfileOutcome changePassword(long customerId, String clientAddress, String currentPassword,
                                         String newPassword, String repeatPassword) {
        Customer customer = registered(customerId);
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (!passwordIs(customer, currentPassword)) {
            problems.put("currentPassword", ProfileRules.WRONG_PASSWORD);
        }
        problems.putAll(ProfileRules.newPassword(newPassword, repeatPassword));
        if (!problems.isEmpty()) {
            return ProfileOutcome.refused(problems);
        }
        PasswordChange change = new PasswordChange(customer.getUsername());
        change.setCurrentPassword(currentPassword);
        change.setNewPassword(newPassword);
        change.setNewPasswordConfirm(repeatPassword);
        customerService.changePassword(change);
        audit(customerId, ProfileChange.PASSWORD, clientAddress, null, values("password", "changed"));
        return ProfileOutcome.made();
    }

    @Override
    @Transactional("blTransactionManager")
    public List<CustomerAddress> addresses(long customerId) {
        List<CustomerAddress> addresses = new ArrayList<CustomerAddress>();
        for (CustomerAddress address : customerAddressService.readActiveCustomerAddressesByCustomerId(customerId)) {
            if (address.getAddress() != null && address.getAddress().isDefault()) {
                addresses.add(0, address);
            } else {
                addresses.add(address);
            }
        }
        return addresses;
    }

    @Override
    @Transactional("blTransactionManager")
    public CustomerAddress address(long customerId, long customerAddressId) {
        CustomerAddress address = customerAddressService.readCustomerAddressById(customerAddressId);
        return address == null || address.getCustomer() == null || address.getAddress() == null
                || !address.getCustomer().getId().equals(customerId) || !address.getAddress().isActive()
                ? null : address;
    }

    @Override
    @Transactional("blTransactionManager")
    public ProfileOutcome addAddress(long customerId, String clientAddress, NewAddress address, boolean makeDefault) {
        Customer customer = registered(customerId);
        Map<String, String> problems = AddressRules.violations(address, places);
        if (!problems.isEmpty()) {
            return ProfileOutcome.refused(problems);
        }
        boolean first = addresses(customerId).isEmpty();
        Address saved = addressService.saveAddress(places.newAddress(address));
        CustomerAddress entry = customerAddressService.create();
        entry.setCustomer(customer);
        entry.setAddress(saved);
        entry.setAddressName(bookName(customerId, null, address));
        entry = customerAddressService.saveCustomerAddress(entry);
        if (first || makeDefault) {
            customerAddressService.makeCustomerAddressDefault(entry.getId(), customerId);
        }
        audit(customerId, ProfileChange.ADDRESS_ADDED, clientAddress, null, addressFields(entry, address));
        return ProfileOutcome.made();
    }

    @Override
    @Transactional("blTransactionManager")
    public ProfileOutcome editAddress(long customerId, String clientAddress, long customerAddressId,
                                      NewAddress address) {
        CustomerAddress entry = ownAddress(customerId, customerAddressId);
        if (entry == null) {
            return ProfileOutcome.refused(ProfileOutcome.FORM, ProfileRules.UNKNOWN_ADDRESS);
        }
        Map<String, String> problems = AddressRules.violations(address, places);
        if (!problems.isEmpty()) {
            return ProfileOutcome.refused(problems);
        }
        Map<String, String> before = addressFields(entry, BroadleafOrderChanges.addressOf(entry.getAddress()));
        Address replacement = places.newAddress(address);
        replacement.setDefault(entry.getAddress().isDefault());
        // The old address stays as it was: an order may have been shipped to it.
        entry.setAddress(addressService.saveAddress(replacement));
        entry.setAddressName(bookName(customerId, entry.getId(), address));
        customerAddressService.saveCustomerAddress(entry);
        audit(customerId, ProfileChange.ADDRESS_CHANGED, clientAddress, before, addressFields(entry, address));
        return ProfileOutcome.made();
    }

    @Override
    @Transactional("blTransactionManager")
    public ProfileOutcome deleteAddress(long customerId, String clientAddress, long customerAddressId) {
        CustomerAddress entry = ownAddress(customerId, customerAddressId);
        if (entry == null) {
            return ProfileOutcome.refused(ProfileOutcome.FORM, ProfileRules.UNKNOWN_ADDRESS);
        }
        Map<String, String> before = addressFields(entry, BroadleafOrderChanges.addressOf(entry.getAddress()));
        customerAddressService.deleteCustomerAddressById(customerAddressId);
        audit(customerId, ProfileChange.ADDRESS_DELETED, clientAddress, before,
                values("addressId", String.valueOf(customerAddressId), "deleted", "true"));
        return ProfileOutcome.made();
    }

    @Override
    @Transactional("blTransactionManager")
    public ProfileOutcome makeDefault(long customerId, String clientAddress, long customerAddressId) {
        CustomerAddress entry = ownAddress(customerId, customerAddressId);
        if (entry == null) {
            return ProfileOutcome.refused(ProfileOutcome.FORM, ProfileRules.UNKNOWN_ADDRESS);
        }
        CustomerAddress previous = customerAddressService.findDefaultCustomerAddress(customerId);
        customerAddressService.makeCustomerAddressDefault(customerAddressId, customerId);
        audit(customerId, ProfileChange.DEFAULT_ADDRESS, clientAddress,
                values("defaultAddressId", previous == null ? null : String.valueOf(previous.getId())),
                values("defaultAddressId", String.valueOf(customerAddressId)));
        return ProfileOutcome.made();
    }

    @Override
    @Transactional("blTransactionManager")
    public ProfileOutcome choose(long customerId, String clientAddress, Choices choices) {
        registered(customerId);
        saveChoices(customerId, clientAddress, choices);
        return ProfileOutcome.made();
    }

    @Override
    @Transactional("blTransactionManager")
    public void unsubscribe(long customerId, String clientAddress, Purpose purpose) {
        if (purpose == Purpose.ORDER) {
            throw new IllegalArgumentException("order mails are always sent");
        }
        Choices now = of(customerId);
        saveChoices(customerId, clientAddress, new Choices(now.isSurveys() && purpose != Purpose.SURVEY,
                now.isMarketing() && purpose != Purpose.MARKETING));
    }

    private void saveChoices(long customerId, String clientAddress, Choices choices) {
        ContactPreferencesImpl row = dao.preferences(customerId);
        if (row == null) {
            row = new ContactPreferencesImpl(customerId);
        }
        Map<String, String> before = choicesOf(row.choices());
        row.choose(choices, new Date());
        dao.save(row);
        audit(customerId, ProfileChange.CONTACT_PREFERENCES, clientAddress, before, choicesOf(choices));
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public boolean mayReceive(long customerId, Purpose purpose) {
        return purpose == Purpose.ORDER || of(customerId).allows(purpose);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Set<Long> refusing(Collection<Long> customerIds, Purpose purpose) {
        return purpose == Purpose.ORDER || customerIds.isEmpty() ? new HashSet<Long>()
                : dao.refusing(customerIds, purpose == Purpose.SURVEY);
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Choices of(long customerId) {
        ContactPreferencesImpl row = dao.preferences(customerId);
        return row == null ? new Choices(true, true) : row.choices();
    }

    @Override
    @Transactional("blTransactionManager")
    public ProfileOutcome registerGuestOrder(long orderId, long sessionCustomerId, String clientAddress,
                                             String password, String repeatPassword) {
        Order order = orderService.findOrderById(orderId);
        Customer customer = order == null ? null : order.getCustomer();
        String email = order == null ? null : BroadleafOrders.emailOf(order);
        if (customer == null || !BroadleafOrders.isPlaced(order) || customer.getId() != sessionCustomerId || email == null) {
            return ProfileOutcome.refused(ProfileOutcome.FORM, REGISTER_NOT_POSSIBLE);
        }
        if (customer.isRegistered()) {
            return ProfileOutcome.refused(ProfileOutcome.FORM, REGISTERED_ALREADY);
        }
        if (dao.emailTakenByAnother(email, customer.getId())) {
            return ProfileOutcome.refused(ProfileOutcome.FORM, REGISTER_EMAIL_TAKEN);
        }
        Map<String, String> problems = ProfileRules.newPassword(password, repeatPassword);
        if (!problems.isEmpty()) {
            return ProfileOutcome.refused(problems);
        }
        customer.setUsername(email.trim());
        customer.setEmailAddress(email.trim());
        Address shippedTo = places.shippingAddressOf(order);
        if (customer.getFirstName() == null && shippedTo != null) {
            customer.setFirstName(shippedTo.getFirstName());
            customer.setLastName(shippedTo.getLastName());
        }
        customerService.registerCustomer(customer, password, repeatPassword);
        Map<String, String> after = emailOf(customer);
        after.putAll(names(customer));
        after.put("order", order.getOrderNumber());
        audit(customer.getId(), ProfileChange.REGISTRATION, clientAddress, null, after);
        return ProfileOutcome.made();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<CustomerAuditEntry> auditTrail(long customerId) {
        return dao.auditTrail(customerId);
    }

    /**
     * The entry's name in Broadleaf's address book (unique per customer, shown to care agents): its first line and
     * city, numbered when another entry of the customer has that name already.
     */
    private String bookName(long customerId, Long entryId, NewAddress address) {
        String name = address.getAddressLine1() + ", " + address.getCity();
        Set<String> taken = new HashSet<String>();
        for (CustomerAddress other : customerAddressService.readActiveCustomerAddressesByCustomerId(customerId)) {
            if (!other.getId().equals(entryId)) {
                taken.add(other.getAddressName());
            }
        }
        String unique = name;
        for (int n = 2; taken.contains(unique); n++) {
            unique = name + " (" + n + ")";
        }
        return unique;
    }

    /** The registered customer's active address, or null. */
    private CustomerAddress ownAddress(long customerId, long customerAddressId) {
        registered(customerId);
        return address(customerId, customerAddressId);
    }

    private Customer registered(long customerId) {
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null || !customer.isRegistered()) {
            throw new IllegalArgumentException("no registered customer " + customerId);
        }
        return customer;
    }

    private boolean passwordIs(Customer customer, String password) {
        return password != null && !password.isEmpty() && customer.getPassword() != null
                && customerService.isPasswordValid(password, customer.getPassword(), customer);
    }

    private void audit(long customerId, ProfileChange change, String clientAddress, Map<String, String> before,
                       Map<String, String> after) {
        dao.add(CustomerAuditEntryImpl.selfService(customerId, change, clientAddress, before, after, new Date()));
    }

    /** An audited state from names and values, in order. */
    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    private static Map<String, String> names(Customer customer) {
        return values("firstName", customer.getFirstName(), "lastName", customer.getLastName());
    }

    private static Map<String, String> emailOf(Customer customer) {
        return values("email", customer.getEmailAddress());
    }

    private static Map<String, String> addressFields(CustomerAddress entry, NewAddress address) {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("addressId", String.valueOf(entry.getId()));
        fields.putAll(address.fields());
        return fields;
    }

    private static Map<String, String> choicesOf(Choices choices) {
        return values("orderMails", "true", "surveys", String.valueOf(choices.isSurveys()),
                "marketing", String.valueOf(choices.isMarketing()));
    }
}
