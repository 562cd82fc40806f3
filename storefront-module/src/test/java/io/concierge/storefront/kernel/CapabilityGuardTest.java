package io.concierge.storefront.kernel;

import io.concierge.core.kernel.CapabilityModule;
import io.concierge.core.kernel.CapabilityModules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.web.method.HandlerMethod;

import java.util.Collections;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class CapabilityGuardTest {

    @CapabilityRoutes("kb")
    static class GuidesController {
        public String page() {
            return "guide";
        }
    }

    static class HostHelpController {
        public String page() {
            return "help";
        }
    }

    @CapabilityRoutes("loyalty")
    static class NotInstalledController {
    }

    @Mock
    ShopperCapabilities settings;

    final CapabilityModules modules = new CapabilityModules(
            Collections.singletonList(new CapabilityModule("kb", "Knowledge base", null)));

    CapabilityGuard guard;

    @BeforeEach
    void setUp() {
        guard = new CapabilityGuard(modules, settings);
        guard.onApplicationEvent(refreshed(GuidesController.class, HostHelpController.class));
    }

    @Test
    void answers404ForTheHandlersOfASwitchedOffCapabilityWhateverTheUrl() throws Exception {
        when(settings.isOn("kb")).thenReturn(false);
        HttpServletResponse response = mock(HttpServletResponse.class);

        assertThat(guard.preHandle(mock(HttpServletRequest.class), response, handler(new GuidesController())))
                .isFalse();
        verify(response).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    void letsASwitchedOnCapabilityThrough() throws Exception {
        when(settings.isOn("kb")).thenReturn(true);
        HttpServletResponse response = mock(HttpServletResponse.class);

        assertThat(guard.preHandle(mock(HttpServletRequest.class), response, handler(new GuidesController())))
                .isTrue();
        verify(response, never()).sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Test
    void neverTouchesTheHostsOwnHandlersNorStaticResources() throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);

        assertThat(guard.preHandle(mock(HttpServletRequest.class), response, handler(new HostHelpController())))
                .isTrue();
        assertThat(guard.preHandle(mock(HttpServletRequest.class), response, new Object())).isTrue();
        verifyNoInteractions(settings, response);
    }

    @Test
    void routesOfACapabilityThatIsNotInstalledFailTheStart() {
        CapabilityGuard another = new CapabilityGuard(modules, settings);
        assertThatThrownBy(() -> another.onApplicationEvent(refreshed(NotInstalledController.class)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'loyalty'");
    }

    private static ContextRefreshedEvent refreshed(Class<?>... controllers) {
        StaticApplicationContext context = new StaticApplicationContext();
        for (Class<?> controller : controllers) {
            context.registerSingleton(controller.getSimpleName(), controller);
        }
        context.refresh();
        return new ContextRefreshedEvent(context);
    }

    private static HandlerMethod handler(Object controller) throws NoSuchMethodException {
        return new HandlerMethod(controller, controller.getClass().getMethod("page"));
    }
}
