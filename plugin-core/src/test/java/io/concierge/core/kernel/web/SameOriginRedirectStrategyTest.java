package io.concierge.core.kernel.web;

import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SameOriginRedirectStrategyTest {

    private static HttpServletRequest adminRequest() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getScheme()).thenReturn("http");
        when(request.getServerName()).thenReturn("127.0.0.1");
        when(request.getServerPort()).thenReturn(8081);
        when(request.getContextPath()).thenReturn("/admin");
        return request;
    }

    @Test
    void keepsPathsAndAbsoluteUrlsOfTheSameSite() {
        HttpServletRequest request = adminRequest();

        assertThat(SameOriginRedirectStrategy.isSameOrigin(request, "/guides?x=1")).isTrue();
        assertThat(SameOriginRedirectStrategy.isSameOrigin(request, "http://127.0.0.1:8081/admin/guides")).isTrue();
    }

    @Test
    void refusesEveryOtherTarget() {
        HttpServletRequest request = adminRequest();

        for (String foreign : new String[] {"https://evil.example/", "http://evil.example:8081/admin",
                "//evil.example/", "/\\evil.example", "\\\\evil.example", "http://127.0.0.1:9999/admin",
                "https://127.0.0.1:8081/admin", "http://admin@evil.example/", "javascript:alert(1)",
                "/guides\r\nSet-Cookie: x=1", "", null, "evil.example"}) {
            assertThat(SameOriginRedirectStrategy.isSameOrigin(request, foreign)).as(foreign).isFalse();
        }
    }

    @Test
    void sendsForeignTargetsToTheFallbackPage() throws Exception {
        HttpServletRequest request = adminRequest();
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.encodeRedirectURL("/admin/loginSuccess")).thenReturn("/admin/loginSuccess");
        when(response.encodeRedirectURL("/admin/guides")).thenReturn("/admin/guides");

        new SameOriginRedirectStrategy("/loginSuccess").sendRedirect(request, response, "https://evil.example/");
        new SameOriginRedirectStrategy("/loginSuccess").sendRedirect(request, response, "/guides");

        verify(response).sendRedirect("/admin/loginSuccess");
        verify(response).sendRedirect("/admin/guides");
    }

    @Test
    void theFallbackMustBeALocalPath() {
        assertThatThrownBy(() -> new SameOriginRedirectStrategy("https://elsewhere.example/"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
