package io.concierge.core.kernel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class ConciergeSettingsServiceImplTest {

    private final ConciergeSettingsDao dao = mock(ConciergeSettingsDao.class);
    private final ConciergeSettingsServiceImpl service = new ConciergeSettingsServiceImpl();

    @BeforeEach
    void wire() {
        service.settingsDao = dao;
        when(dao.readStoreSettings()).thenAnswer(invocation -> new ConciergeSettingsImpl());
        when(dao.save(any(ConciergeSettings.class))).thenAnswer(invocation -> invocation.getArgument(0));
    }

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void oneWebRequestReadsTheDatabaseOnce() {
        enterNewRequest();

        ConciergeSettings first = service.currentSettings();
        boolean enabled = service.isEnabled(Capability.KNOWLEDGE_BASE);

        assertThat(service.currentSettings()).isSameAs(first);
        assertThat(enabled).isTrue();
        verify(dao, times(1)).readStoreSettings();
    }

    @Test
    void theNextRequestReadsAfresh() {
        enterNewRequest();
        ConciergeSettings first = service.currentSettings();
        enterNewRequest();

        assertThat(service.currentSettings()).isNotSameAs(first);
        verify(dao, times(2)).readStoreSettings();
    }

    @Test
    void outsideAWebRequestEveryCallReads() {
        service.currentSettings();
        service.currentSettings();

        verify(dao, times(2)).readStoreSettings();
    }

    @Test
    void aSaveInARequestIsSeenByItsNextRead() {
        enterNewRequest();
        ConciergeSettings settings = service.currentSettings();
        service.save(settings);

        service.currentSettings();

        verify(dao, times(2)).readStoreSettings();
    }

    /** A request whose attributes live in a map, as a servlet request's do. */
    private static void enterNewRequest() {
        Map<String, Object> attributes = new HashMap<String, Object>();
        RequestAttributes request = mock(RequestAttributes.class);
        when(request.getAttribute(anyString(), eq(RequestAttributes.SCOPE_REQUEST)))
                .thenAnswer(invocation -> attributes.get(invocation.<String>getArgument(0)));
        doAnswer(invocation -> attributes.put(invocation.getArgument(0), invocation.getArgument(1)))
                .when(request).setAttribute(anyString(), any(), eq(RequestAttributes.SCOPE_REQUEST));
        doAnswer(invocation -> attributes.remove(invocation.<String>getArgument(0)))
                .when(request).removeAttribute(anyString(), eq(RequestAttributes.SCOPE_REQUEST));
        RequestContextHolder.setRequestAttributes(request);
    }
}
