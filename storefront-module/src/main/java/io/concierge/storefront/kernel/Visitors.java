package io.concierge.storefront.kernel;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Who a shopper is across sessions, for one-per-shopper rules (votes, views): the signed-in customer, or else a
 * long-lived anonymous visitor cookie ({@value #COOKIE}: 128 random bits, HttpOnly, SameSite=Lax, Secure over
 * HTTPS, one year). Anybody can make up a visitor id, so per-visitor rules go with a limit per client address.
 * Bean {@code cncVisitors}.
 */
@Component("cncVisitors")
public class Visitors {

    public static final String COOKIE = "cnc_visitor";

    private static final int MAX_AGE_SECONDS = 365 * 24 * 3600;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    private final SecureRandom random = new SecureRandom();

    /** The visitor id the request carries, or null (none, or not one of ours). */
    public String carried(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName()) && ID.matcher(cookie.getValue()).matches()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** Gives the browser a visitor id if the request carries none. */
    public void ensure(HttpServletRequest request, HttpServletResponse response) {
        if (carried(request) == null) {
            byte[] bits = new byte[16];
            random.nextBytes(bits);
            // The servlet API's Cookie has no SameSite: the header is written by hand.
            response.addHeader("Set-Cookie", COOKIE + "=" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits)
                    + "; Max-Age=" + MAX_AGE_SECONDS + "; Path=" + cookiePath(request) + "; HttpOnly; SameSite=Lax"
                    + (request.isSecure() ? "; Secure" : ""));
        }
    }

    private static String cookiePath(HttpServletRequest request) {
        String context = request.getContextPath();
        return context == null || context.isEmpty() ? "/" : context;
    }

    /** "customer:{id}" when signed in, else "visitor:{id}" for a carried visitor cookie, else null. */
    public String shopper(HttpServletRequest request) {
        Customer customer = CustomerState.getCustomer();
        if (customer != null && !customer.isAnonymous() && customer.getId() != null) {
            return "customer:" + customer.getId();
        }
        String visitor = carried(request);
        return visitor == null ? null : "visitor:" + visitor;
    }
}
