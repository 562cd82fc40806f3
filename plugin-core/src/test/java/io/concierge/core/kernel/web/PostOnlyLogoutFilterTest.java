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
        assertThat(filter.requiresLogout(request("POST", "/logout"), mock(HttpServletResponse.class))).isTrue();
        assertThat(filter.requiresLogout(request("POST", "/cart"), mock(HttpServletResponse.class))).isFalse();
        for (String method : new String[] {"GET", "HEAD", "PUT", "get", "OPTIONS"}) {
            assertThat(filter.requiresLogout(request(method, "/logout"), mock(HttpServletResponse.class)))
                    .as(method).isFalse();
        }
    }

    private static HttpServletRequest request(String method, String uri) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getRequestURI()).thenReturn(uri);
        when(request.getContextPath()).thenReturn("");
        return request;
    }
}
