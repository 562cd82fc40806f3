package io.concierge.storefront.helpcenter.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.web.core.service.login.LoginService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

import javax.servlet.http.HttpServletRequest;

/**
 * Signs a shopper in from a profile page (after a new e-mail address or password, after the registration at the end
 * of a guest checkout) through Broadleaf's {@code blLoginService}, and gives the session a new id. A site without
 * that service signs nobody in: the shopper is sent to the sign-in page instead.
 */
@Component("cncShopperSignIn")
public class ShopperSignIn {

    private static final Log LOG = LogFactory.getLog(ShopperSignIn.class);

    @Autowired(required = false)
    protected LoginService loginService;

    /** @return whether the shopper is signed in now */
    public boolean signIn(String username, String password, HttpServletRequest request) {
        if (loginService == null) {
            return false;
        }
        try {
            loginService.loginCustomer(username, password);
            // Signed in now: a session id known before must not follow the account.
            request.changeSessionId();
            return true;
        } catch (AuthenticationException e) {
            LOG.warn("Customer " + username + " could not be signed in after a change of their account", e);
            return false;
        }
    }
}
