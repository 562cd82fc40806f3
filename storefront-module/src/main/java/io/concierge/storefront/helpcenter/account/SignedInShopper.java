package io.concierge.storefront.helpcenter.account;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

/** The signed-in, registered customer of this request, or null (a guest, or nobody signed in). */
final class SignedInShopper {

    static final String SIGN_IN = "redirect:/login";

    private SignedInShopper() {
    }

    static Customer current() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isRegistered() && customer.isLoggedIn() ? customer : null;
    }
}
