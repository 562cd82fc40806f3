package io.concierge.core.kernel.web;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.authentication.logout.LogoutHandler;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PostOnlyLogoutFilterTest {

    private final PostOnlyLogoutFilter filter = new PostOnlyLogoutFilter("/", mock(LogoutHandler.class));

    PostOnlyLogoutFilterTest() {
        filter.setFilterProcessesUrl("/logout");
    }

    @Test
    void signsOutOnAPostToTheSignOutUrlOnly() {
        assertThat(requiresLogout("POST", "", "/logout")).isTrue();
        assertThat(requiresLogout("POST", "", "/cart")).isFalse();
        for (String method : new String[] {"GET", "HEAD", "PUT", "get", "OPTIONS"}) {
            assertThat(requiresLogout(method, "", "/logout")).as(method).isFalse();
        }
    }

    @Test
    void matchesEverySpellingTheApplicationRoutesAsTheSignOutUrlAndNoOtherPath() {
        for (String uri : new String[] {"/logout;jsessionid=x", "/logout;x", "//logout", "/logout/", "/%6Cogout"}) {
            assertThat(requiresLogout("POST", "", uri)).as(uri).isTrue();
        }
        assertThat(requiresLogout("POST", "/admin", "/admin/logout")).isTrue();
        for (String uri : new String[] {"/cart/logout", "/logoutx", "/logout/now", "/Logout"}) {
            assertThat(requiresLogout("POST", "", uri)).as(uri).isFalse();
        }
    }

    private boolean requiresLogout(String method, String contextPath, String uri) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getRequestURI()).thenReturn(uri);
        when(request.getContextPath()).thenReturn(contextPath);
        return filter.requiresLogout(request, mock(HttpServletResponse.class));
    }
}
