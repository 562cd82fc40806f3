package io.concierge.core.kernel;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Sends a throttled sign-in to {@code lockedUrl} with the minutes to wait in place of {@code {minutes}} (e.g.
 * {@code /login?locked={minutes}}), where the sign-in page says when to try again; any other failure goes to the
 * host's own handler.
 */
public class SignInThrottledFailureHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler delegate;
    private final String lockedUrl;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    public SignInThrottledFailureHandler(AuthenticationFailureHandler delegate, String lockedUrl) {
        this.delegate = delegate;
        this.lockedUrl = lockedUrl;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof SignInThrottledException) {
            long minutes = ((SignInThrottledException) failure).getDecision().getRetryAfterMinutes();
            redirects.sendRedirect(request, response, lockedUrl.replace("{minutes}", String.valueOf(minutes)));
        } else {
            delegate.onAuthenticationFailure(request, response, failure);
        }
    }
}
