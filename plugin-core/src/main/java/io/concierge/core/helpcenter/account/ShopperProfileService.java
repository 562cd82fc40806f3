package io.concierge.core.helpcenter.account;

import io.concierge.core.helpcenter.orders.NewAddress;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;

import java.util.List;

/**
 * A registered customer's own changes to their profile (bean {@code cncShopperProfileService}), each checked first
 * (bad input: field problems, nothing changed) and audited with the client address, before and after; and the
 * registration of a guest checkout's customer from the order confirmation. The web layer passes the signed-in
 * customer's id; a customer that does not exist or is not registered is an {@link IllegalArgumentException}.
 */
public interface ShopperProfileService {

    ProfileOutcome changeName(long customerId, String clientAddress, String firstName, String lastName);

    /** Needs the current password; an address another registered customer has is refused without saying whose. */
    ProfileOutcome changeEmail(long customerId, String clientAddress, String email, String currentPassword);

    /** Through Broadleaf's password encoder (the current one checked, the new one encoded by CustomerService). */
    ProfileOutcome changePassword(long customerId, String clientAddress, String currentPassword, String newPassword,
                                  String repeatPassword);

    /** The customer's active addresses, the default one first. */
    List<CustomerAddress> addresses(long customerId);

    /** @return the customer's active address, or null when it is not theirs (answer 404) */
    CustomerAddress address(long customerId, long customerAddressId);

    /** Checked as order care's new shipping addresses ({@code AddressRules}); the first address becomes the default. */
    ProfileOutcome addAddress(long customerId, String clientAddress, NewAddress address, boolean makeDefault);

    ProfileOutcome editAddress(long customerId, String clientAddress, long customerAddressId, NewAddress address);

    ProfileOutcome deleteAddress(long customerId, String clientAddress, long customerAddressId);

    ProfileOutcome makeDefault(long customerId, String clientAddress, long customerAddressId);

    ProfileOutcome choose(long customerId, String clientAddress, ContactPreferences.Choices choices);

    /**
     * Stops the surveys or the marketing mails for a customer, registered or a guest: the one-click unsubscribe link
     * of a mail, signed for that customer, calls it. Audited like the profile's own choice; order mails cannot be
     * stopped.
     */
    void unsubscribe(long customerId, String clientAddress, Purpose purpose);

    /**
     * Registers the customer of a guest's order with the order's e-mail address and this password, so the new account
     * owns the order. Only for the session's own customer ({@code sessionCustomerId}, the one that placed it), once.
     * Refused (field {@link ProfileOutcome#FORM}) when the order is not that customer's, the customer is registered
     * already, or a registered customer has the e-mail address ("sign in instead").
     */
    ProfileOutcome registerGuestOrder(long orderId, long sessionCustomerId, String clientAddress, String password,
                                      String repeatPassword);

    /** The customer's audit trail, oldest first. */
    List<CustomerAuditEntry> auditTrail(long customerId);
}
