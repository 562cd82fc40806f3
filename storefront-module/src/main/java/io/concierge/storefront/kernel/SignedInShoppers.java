package io.concierge.storefront.kernel;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;

/** Who is signed in on this request, as Broadleaf knows it: a guest's anonymous customer is nobody here. */
public final class SignedInShoppers {

    private SignedInShoppers() {
    }

    /** @return the signed-in, registered customer of this request, or null */
    public static Customer current() {
        return signedIn(CustomerState.getCustomer()) ? CustomerState.getCustomer() : null;
    }

    public static boolean signedIn(Customer shopper) {
        return shopper != null && shopper.isRegistered() && !shopper.isAnonymous() && shopper.getId() != null;
    }
}
