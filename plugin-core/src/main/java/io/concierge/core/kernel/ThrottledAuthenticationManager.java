package io.concierge.core.kernel;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.util.Locale;

/**
 * Throttles failed sign-ins per account and per client address; a host puts it in front of its authentication
 * manager ({@code <sec:http authentication-manager-ref>}). Each attempt first takes one event of both limits
 * (atomically, in the shared database), so concurrent guesses on several nodes cannot exceed them; a successful
 * sign-in gives both back, a failed one keeps them. When a limit is used up, the attempt is refused with a
 * {@link SignInThrottledException} before the password is checked (see {@link SignInThrottledFailureHandler}).
 * {@code name} keeps the counts of different sign-ins apart (e.g. "shopper", "admin").
 */
public class ThrottledAuthenticationManager implements AuthenticationManager {

    private static final int MAX_ACCOUNT_LENGTH = 255;

    private final AuthenticationManager delegate;
    private final RateLimiter rateLimiter;
    private final ClientAddresses clientAddresses;
    private final RateLimit perAccount;
    private final RateLimit perAddress;

    /**
     * @param maxFailuresPerAccount failed sign-ins of one account within the window (e.g. 5)
     * @param maxFailuresPerAddress failed sign-ins from one client address within the window (e.g. 20: people
     *                              behind one office or mobile gateway share an address)
     * @param windowMinutes         the window (e.g. 15)
     */
    public ThrottledAuthenticationManager(AuthenticationManager delegate, RateLimiter rateLimiter,
                                          ClientAddresses clientAddresses, String name, int maxFailuresPerAccount,
                                          int maxFailuresPerAddress, int windowMinutes) {
        this.delegate = delegate;
        this.rateLimiter = rateLimiter;
        this.clientAddresses = clientAddresses;
        Duration window = Duration.ofMinutes(windowMinutes);
        this.perAccount = RateLimit.of("signin." + name + ".account", maxFailuresPerAccount, window);
        this.perAddress = RateLimit.of("signin." + name + ".address", maxFailuresPerAddress, window);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String address = clientAddress(attempt);
        String account = account(attempt);
        RateLimitDecision byAddress = rateLimiter.tryAcquire(perAddress, address);
        if (!byAddress.isAllowed()) {
            throw new SignInThrottledException(byAddress);
        }
        // A locked account's attempt still counts for the address: trying many locked accounts is guessing too.
        RateLimitDecision byAccount = rateLimiter.tryAcquire(perAccount, account);
        if (!byAccount.isAllowed()) {
            throw new SignInThrottledException(byAccount);
        }
        boolean failed = false;
        try {
            return delegate.authenticate(attempt);
        } catch (AuthenticationException e) {
            failed = true;
            throw e;
        } finally {
            if (!failed) {
                rateLimiter.release(perAccount, account);
                rateLimiter.release(perAddress, address);
            }
        }
    }

    private static String account(Authentication attempt) {
        String name = attempt.getName() == null ? "" : attempt.getName().trim().toLowerCase(Locale.ROOT);
        return name.length() > MAX_ACCOUNT_LENGTH ? name.substring(0, MAX_ACCOUNT_LENGTH) : name;
    }

    private String clientAddress(Authentication attempt) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request instanceof ServletRequestAttributes) {
            return clientAddresses.of(((ServletRequestAttributes) request).getRequest());
        }
        Object details = attempt.getDetails();
        return details instanceof WebAuthenticationDetails ? ((WebAuthenticationDetails) details).getRemoteAddress()
                : "unknown";
    }
}
