package io.concierge.core.kb.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class PendingMissesTest {

    private final Date first = new Date(1000);
    private final Date later = new Date(5000);

    @Test
    void countsEachQueryAndLanguageOnceWithItsFirstAndLastTime() {
        PendingMisses misses = new PendingMisses(10);
        misses.record("meias", "pt_BR", first);
        misses.record("meias", "pt_BR", later);
        misses.record("meias", "es", first);

        List<PendingMisses.Tally> drained = misses.drain();

        assertThat(drained).hasSize(2);
        PendingMisses.Tally portuguese = drained.get(drained.get(0).getLocale().equals("pt_BR") ? 0 : 1);
        assertThat(portuguese.getQuery()).isEqualTo("meias");
        assertThat(portuguese.getCount()).isEqualTo(2);
        assertThat(portuguese.getFirstSeen()).isEqualTo(first);
        assertThat(portuguese.getLastSeen()).isEqualTo(later);
        assertThat(misses.drain()).isEmpty();
    }

    @Test
    void beyondItsBoundNewQueriesAreDroppedAndCountedAsDropped() {
        PendingMisses misses = new PendingMisses(2);
        misses.record("a", "en", first);
        misses.record("b", "en", first);
        misses.record("c", "en", first);
        misses.record("a", "en", later);

        assertThat(misses.takeDropped()).isEqualTo(1);
        assertThat(misses.takeDropped()).isZero();
        assertThat(misses.drain()).extracting(PendingMisses.Tally::getQuery).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void noCountIsLostWhileRecordingAndDrainingRunTogether() throws InterruptedException {
        PendingMisses misses = new PendingMisses(10);
        int recorders = 4;
        int perRecorder = 20000;
        CountDownLatch done = new CountDownLatch(recorders);
        List<Thread> threads = new ArrayList<Thread>();
        for (int t = 0; t < recorders; t++) {
            threads.add(new Thread(() -> {
                for (int i = 0; i < perRecorder; i++) {
                    misses.record("same", "en", first);
                }
                done.countDown();
            }));
        }
        threads.forEach(Thread::start);
        long counted = 0;
        boolean finished = false;
        while (!finished) {
            finished = done.getCount() == 0; // one more drain after the last record
            for (PendingMisses.Tally tally : misses.drain()) {
                counted += tally.getCount();
            }
        }

        assertThat(counted).isEqualTo((long) recorders * perRecorder);
    }
}
