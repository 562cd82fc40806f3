package io.concierge.storefront.kernel;

import io.concierge.core.kernel.Capability;
import io.concierge.core.kernel.ConciergeSettingsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class CapabilityGuardTest {

    @Mock
    ConciergeSettingsService settings;

    CapabilityGuard guard;

    @BeforeEach
    void setUp() {
        Map<String, String> paths = new LinkedHashMap<String, String>();
        paths.put("/guides", "kb");
        paths.put("/account/loyalty", "loyalty");
        guard = new CapabilityGuard(settings, paths);
    }

    @Test
    void mapsPathsByWholeSegmentPrefix() {
        assertThat(guard.capabilityFor("/guides")).isEqualTo(Capability.KNOWLEDGE_BASE);
        assertThat(guard.capabilityFor("/guides/how-to-pack")).isEqualTo(Capability.KNOWLEDGE_BASE);
        assertThat(guard.capabilityFor("/account/loyalty")).isEqualTo(Capability.LOYALTY);
        assertThat(guard.capabilityFor("/guidesomething")).isNull();
        assertThat(guard.capabilityFor("/account")).isNull();
        assertThat(guard.capabilityFor("/")).isNull();
    }

    @Test
    void answers404ForASwitchedOffCapability() throws Exception {
        when(settings.isEnabled(Capability.KNOWLEDGE_BASE)).thenReturn(false);
        HttpServletResponse response = mock(HttpServletResponse.class);

        assertThat(guard.preHandle(request("/shop", "/shop/guides/x"), response, null)).isFalse();
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    void letsASwitchedOnCapabilityAndOtherPagesThrough() throws Exception {
        lenient().when(settings.isEnabled(Capability.LOYALTY)).thenReturn(true);
        HttpServletResponse response = mock(HttpServletResponse.class);

        assertThat(guard.preHandle(request("", "/account/loyalty"), response, null)).isTrue();
        assertThat(guard.preHandle(request("", "/backpacks/trail-runner-28"), response, null)).isTrue();
        verify(response, never()).sendError(HttpServletResponse.SC_NOT_FOUND);
        verify(settings, never()).isEnabled(Capability.KNOWLEDGE_BASE);
    }

    private static HttpServletRequest request(String contextPath, String uri) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn(contextPath);
        when(request.getRequestURI()).thenReturn(uri);
        return request;
    }
}
