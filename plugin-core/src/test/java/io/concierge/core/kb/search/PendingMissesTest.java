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
    void notesEachQueryAndLanguageOnceWithItsClientsAndItsFirstAndLastTime() {
        PendingMisses misses = new PendingMisses(10, 10);
        misses.record("meias", "pt_BR", "10.0.0.1", first);
        misses.record("meias", "pt_BR", "10.0.0.1", later);
        misses.record("meias", "pt_BR", "10.0.0.2", first);
        misses.record("meias", "es", "10.0.0.1", first);

        List<PendingMisses.Tally> drained = misses.drain();

        assertThat(drained).hasSize(2);
        PendingMisses.Tally portuguese = drained.get(drained.get(0).getLocale().equals("pt_BR") ? 0 : 1);
        assertThat(portuguese.getQuery()).isEqualTo("meias");
        assertThat(portuguese.getClients()).containsExactlyInAnyOrder("10.0.0.1", "10.0.0.2");
        assertThat(portuguese.getFirstSeen()).isEqualTo(first);
        assertThat(portuguese.getLastSeen()).isEqualTo(later);
        assertThat(misses.drain()).isEmpty();
    }

    @Test
    void beyondItsBoundNewQueriesAreDroppedAndCountedAsDropped() {
        PendingMisses misses = new PendingMisses(2, 2);
        misses.record("a", "en", "1", first);
        misses.record("b", "en", "1", first);
        misses.record("c", "en", "1", first);
        misses.record("a", "en", "2", later);
        misses.record("a", "en", "3", later);
        misses.record("a", "en", "1", later);

        assertThat(misses.takeDropped()).as("query c, client 3 of a").isEqualTo(2);
        assertThat(misses.takeDropped()).isZero();
        assertThat(misses.drain()).extracting(PendingMisses.Tally::getQuery).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void noClientIsLostWhileRecordingAndDrainingRunTogether() throws InterruptedException {
        PendingMisses misses = new PendingMisses(10, Integer.MAX_VALUE);
        int recorders = 4;
        int perRecorder = 20000;
        CountDownLatch done = new CountDownLatch(recorders);
        List<Thread> threads = new ArrayList<Thread>();
        for (int t = 0; t < recorders; t++) {
            int recorder = t;
            threads.add(new Thread(() -> {
                for (int i = 0; i < perRecorder; i++) {
                    misses.record("same", "en", recorder + "/" + i, first);
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
                counted += tally.getClients().size();
            }
        }

        assertThat(counted).isEqualTo((long) recorders * perRecorder);
    }
}
