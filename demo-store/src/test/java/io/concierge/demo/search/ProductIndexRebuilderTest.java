package io.concierge.demo.search;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.search.service.SearchService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

@ExtendWith(MockitoExtension.class)
class ProductIndexRebuilderTest {

    @Mock
    private SearchService searchService;
    @Mock
    private ScheduledExecutorService scheduler;

    private final ApplicationContext storefront = mock(ApplicationContext.class);
    private final ApplicationContext dispatcherServlet = mock(ApplicationContext.class);

    private ProductIndexRebuilder rebuilder(long intervalMinutes) {
        ProductIndexRebuilder rebuilder = new ProductIndexRebuilder(searchService, "embedded Solr in data/solr",
                intervalMinutes, intervalMinutes > 0 ? scheduler : null);
        rebuilder.setApplicationContext(storefront);
        return rebuilder;
    }

    @Test
    void theIndexIsBuiltWhenTheStorefrontContextIsUpButNotAgainForItsServletContext() throws Exception {
        ProductIndexRebuilder rebuilder = rebuilder(0);

        rebuilder.onApplicationEvent(new ContextRefreshedEvent(dispatcherServlet));
        verifyNoInteractions(searchService);

        rebuilder.onApplicationEvent(new ContextRefreshedEvent(storefront));
        verify(searchService).rebuildIndex();
    }

    @Test
    void aFailedBuildStopsTheStartWithOneLineNamingTheIndexAndTheReason() throws Exception {
        doThrow(new ServiceException("Could not rebuild index", new ConnectException("Connection refused")))
                .when(searchService).rebuildIndex();

        ProductIndexRebuilder rebuilder = rebuilder(0);

        IllegalStateException failure = catchThrowableOfType(
                () -> rebuilder.onApplicationEvent(new ContextRefreshedEvent(storefront)), IllegalStateException.class);

        assertThat(failure).hasMessage(
                "cannot build the product search index (embedded Solr in data/solr): Connection refused");
    }

    @Test
    void withAnIntervalTheIndexIsRebuiltInTheBackgroundEveryIntervalMinutes() throws Exception {
        ProductIndexRebuilder rebuilder = rebuilder(30);

        rebuilder.onApplicationEvent(new ContextRefreshedEvent(storefront));

        ArgumentCaptor<Runnable> task = ArgumentCaptor.forClass(Runnable.class);
        verify(scheduler).scheduleWithFixedDelay(task.capture(), eq(30L), eq(30L), eq(TimeUnit.MINUTES));
        task.getValue().run();
        verify(searchService, times(2)).rebuildIndex();

        rebuilder.destroy();
        verify(scheduler).shutdownNow();
    }

    @Test
    void aFailedBackgroundRebuildThrowsNothingSoTheScheduleGoesOn() throws Exception {
        doThrow(new IOException("disk full")).when(searchService).rebuildIndex();

        rebuilder(30).rebuildInBackground();

        verify(searchService).rebuildIndex();
    }
}
