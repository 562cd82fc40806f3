package io.concierge.storefront.kernel;

import io.concierge.core.kernel.CapabilityStates;
import io.concierge.core.kernel.CapabilitySwitchService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ShopperCapabilitiesTest {

    private final CapabilitySwitchService switches = mock(CapabilitySwitchService.class);
    private final ShopperCapabilities capabilities = new ShopperCapabilities(switches);

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void oneRequestReadsTheSwitchesOnceAndTheNextReadsAfresh() {
        when(switches.currentStates()).thenReturn(
                new CapabilityStates(Collections.singletonMap("kb", true)),
                new CapabilityStates(Collections.singletonMap("kb", false)));

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request()));
        assertThat(capabilities.isOn("kb")).isTrue();
        assertThat(capabilities.isOn("kb")).isTrue();
        verify(switches, times(1)).currentStates();

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request()));
        assertThat(capabilities.isOn("kb")).as("the admin switched it off meanwhile").isFalse();
        verify(switches, times(2)).currentStates();
    }

    /** A servlet request that keeps its attributes, as a container's does. */
    private static HttpServletRequest request() {
        Map<String, Object> attributes = new HashMap<String, Object>();
        HttpServletRequest request = mock(HttpServletRequest.class);
        doAnswer(call -> attributes.put(call.getArgument(0), call.getArgument(1)))
                .when(request).setAttribute(anyString(), any());
        when(request.getAttribute(anyString())).thenAnswer(call -> attributes.get(call.<String>getArgument(0)));
        return request;
    }

    @Test
    void outsideARequestEveryCallReads() {
        when(switches.currentStates()).thenReturn(new CapabilityStates(Collections.singletonMap("kb", true)));

        capabilities.current();
        capabilities.current();

        verify(switches, times(2)).currentStates();
    }
}
