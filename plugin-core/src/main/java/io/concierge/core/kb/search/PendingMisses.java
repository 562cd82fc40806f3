package io.concierge.core.kb.search;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Searches without result counted in memory until they are written, one tally per query and language, so that a
 * search never waits for the database and a burst of the same miss is written as one row update. Bounded: beyond
 * {@code maxQueries} different queries waiting, further new ones are dropped (and counted as dropped), so that a
 * flood of nonsense queries cannot fill the memory.
 */
final class PendingMisses {

    private final int maxQueries;
    private final Map<Key, Tally> tallies = new ConcurrentHashMap<Key, Tally>();
    private final AtomicLong dropped = new AtomicLong();

    PendingMisses(int maxQueries) {
        this.maxQueries = maxQueries;
    }

    void record(String query, String locale, Date seen) {
        Key key = new Key(query, locale);
        if (tallies.size() >= maxQueries && !tallies.containsKey(key)) {
            dropped.incrementAndGet();
            return;
        }
        // compute is atomic per key, also against drain's remove: no count is lost between the two.
        tallies.compute(key, (k, tally) -> tally == null ? new Tally(k, 1, seen, seen) : tally.plusOne(seen));
    }

    /** Takes every tally counted so far; what is recorded meanwhile waits for the next drain. */
    List<Tally> drain() {
        List<Tally> drained = new ArrayList<Tally>();
        for (Key key : tallies.keySet()) {
            Tally tally = tallies.remove(key);
            if (tally != null) {
                drained.add(tally);
            }
        }
        return drained;
    }

    /** How many misses were dropped since the last call. */
    long takeDropped() {
        return dropped.getAndSet(0);
    }

    private static final class Key {

        final String query;
        final String locale;

        Key(String query, String locale) {
            this.query = query;
            this.locale = locale;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).query.equals(query) && ((Key) other).locale.equals(locale);
        }

        @Override
        public int hashCode() {
            return 31 * query.hashCode() + locale.hashCode();
        }
    }

    /** How often one query found nothing in one language, and when first and last, since the last drain. */
    static final class Tally {

        private final Key key;
        private final long count;
        private final Date firstSeen;
        private final Date lastSeen;

        private Tally(Key key, long count, Date firstSeen, Date lastSeen) {
            this.key = key;
            this.count = count;
            this.firstSeen = firstSeen;
            this.lastSeen = lastSeen;
        }

        private Tally plusOne(Date seen) {
            return new Tally(key, count + 1, firstSeen, seen.after(lastSeen) ? seen : lastSeen);
        }

        String getQuery() {
            return key.query;
        }

        String getLocale() {
            return key.locale;
        }

        long getCount() {
            return count;
        }

        Date getFirstSeen() {
            return firstSeen;
        }

        Date getLastSeen() {
            return lastSeen;
        }
    }
}
