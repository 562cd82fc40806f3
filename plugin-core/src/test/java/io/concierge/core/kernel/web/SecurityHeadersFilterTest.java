package io.concierge.core.kernel.web;

import org.junit.jupiter.api.Test;

import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SecurityHeadersFilterTest {

    @Test
    void deniesFramingByDefaultAndSetsTheHeadersBeforeTheApplicationAnswers() throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        HttpServletResponse response = mock(HttpServletResponse.class);
        FilterChain chain = mock(FilterChain.class);
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.init(config(null));

        filter.doFilter(request, response, chain);

        org.mockito.InOrder order = inOrder(response, chain);
        order.verify(response).setHeader("X-Frame-Options", "DENY");
        order.verify(chain).doFilter(request, response);
        verify(response).setHeader("Content-Security-Policy", "frame-ancestors 'none'");
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    @Test
    void sameOriginFramingForApplicationsThatFrameTheirOwnPages() throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        SecurityHeadersFilter filter = new SecurityHeadersFilter();
        filter.init(config(" SameOrigin "));

        filter.doFilter(mock(HttpServletRequest.class), response, mock(FilterChain.class));

        verify(response).setHeader("X-Frame-Options", "SAMEORIGIN");
        verify(response).setHeader("Content-Security-Policy", "frame-ancestors 'self'");
    }

    @Test
    void aMistypedFramingStopsTheApplicationInsteadOfWeakeningThePolicy() {
        assertThatThrownBy(() -> new SecurityHeadersFilter().init(config("allow")))
                .isInstanceOf(ServletException.class).hasMessageContaining("deny or sameorigin");
    }

    private static FilterConfig config(String framing) {
        FilterConfig config = mock(FilterConfig.class);
        when(config.getInitParameter(SecurityHeadersFilter.FRAMING_PARAMETER)).thenReturn(framing);
        return config;
    }
}
