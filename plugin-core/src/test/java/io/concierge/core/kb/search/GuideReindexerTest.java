package io.concierge.core.kb.search;

import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GuideReindexerTest {

    private final RecordingIndex index = new RecordingIndex();
    private final GuideReindexer reindexer = new GuideReindexer();

    {
        reindexer.scheduler = new SimpleAsyncTaskExecutor("reindex-test-");
    }

    @Test
    void readsAllGuidesPageByPageAndFinishesTheRebuild() {
        int guides = GuideReindexer.PAGE_SIZE * 2 + 17;
        reindexer.index = index;
        reindexer.source = new InMemoryGuideDocumentSource(documents(guides));

        ReindexProgress started = reindexer.start();
        ReindexProgress finished = awaitEnd();

        assertThat(started.getState()).isEqualTo(ReindexProgress.State.RUNNING);
        assertThat(started.getStartedAt()).isNotNull();
        assertThat(finished.getState()).isEqualTo(ReindexProgress.State.DONE);
        assertThat(finished.getDone()).isEqualTo(guides);
        assertThat(finished.getTotal()).isEqualTo(guides);
        assertThat(finished.getPercent()).isEqualTo(100);
        assertThat(finished.getFinishedAt()).isNotNull();
        assertThat(index.batchSizes).containsExactly(GuideReindexer.PAGE_SIZE, GuideReindexer.PAGE_SIZE, 17);
        assertThat(index.finishedWithinMillis).isGreaterThanOrEqualTo(GuideReindexer.START_MARGIN_MILLIS);
    }

    @Test
    void aFailureEndsTheRebuildWithItsReasonAndLeavesTheOldIndexInPlace() throws Exception {
        reindexer.index = index;
        reindexer.source = new InMemoryGuideDocumentSource(documents(3)) {
            @Override
            public List<GuideDocument> guides(int first, int max) {
                throw new IllegalStateException("database is down");
            }
        };

        reindexer.start();
        ReindexProgress finished = awaitEnd();

        assertThat(finished.getState()).isEqualTo(ReindexProgress.State.FAILED);
        assertThat(finished.getError()).isEqualTo("database is down");
        assertThat(finished.getTotal()).isEqualTo(3);
        assertThat(index.finishedWithinMillis).isNull();
    }

    @Test
    void withoutAGuideSourceTheRebuildFailsSayingWhy() throws Exception {
        reindexer.index = index;

        reindexer.start();
        ReindexProgress finished = awaitEnd();

        assertThat(finished.getState()).isEqualTo(ReindexProgress.State.FAILED);
        assertThat(finished.getError()).contains("cncGuideDocumentSource");
        assertThat(index.batchSizes).isEmpty();
    }

    private ReindexProgress awaitEnd() {
        await().atMost(30, TimeUnit.SECONDS).until(() -> !reindexer.progress().isRunning());
        return reindexer.progress();
    }

    static List<GuideDocument> documents(int count) {
        List<GuideDocument> documents = new ArrayList<GuideDocument>();
        for (int i = 1; i <= count; i++) {
            documents.add(new GuideDocument(i, "g" + i, "en", "Guide " + i, null, null, null,
                    Collections.<String>emptyList(), true, null));
        }
        return documents;
    }

    private static final class RecordingIndex implements GuideSearchIndex {

        final List<Integer> batchSizes = new ArrayList<Integer>();
        volatile Long finishedWithinMillis;

        @Override
        public void write(List<GuideDocument> saved, Collection<Long> deletedGuideIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized void putBatch(List<GuideDocument> guides) {
            batchSizes.add(guides.size());
        }

        @Override
        public void finishRebuild(long rewrittenWithinMillis) {
            finishedWithinMillis = rewrittenWithinMillis;
        }

        @Override
        public GuideIndexPage search(GuideIndexQuery query) {
            throw new UnsupportedOperationException();
        }
    }
}
