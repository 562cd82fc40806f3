package io.concierge.core.kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Searches without result noted in memory until they are written, one tally per query and language with the
 * clients that searched it, so that a search never waits for the database and a burst of the same miss is written
 * as one row update. Bounded: beyond {@code maxQueries} different queries waiting, or {@code maxClients} clients of
 * one query, further new ones are dropped (and counted as dropped), so that a flood cannot fill the memory.
 */
final class PendingMisses {

    private final int maxQueries;
    private final int maxClients;
    private final Map<Key, Tally> tallies = new ConcurrentHashMap<Key, Tally>();
    private final AtomicLong dropped = new AtomicLong();

    PendingMisses(int maxQueries, int maxClients) {
        this.maxQueries = maxQueries;
        this.maxClients = maxClients;
    }

    void record(String query, String locale, String client, Date seen) {
        Key key = new Key(query, locale);
        if (tallies.size() >= maxQueries && !tallies.containsKey(key)) {
            dropped.incrementAndGet();
            return;
        }
        // compute is atomic per key, also against drain's remove: no client is lost between the two.
        tallies.compute(key, (k, tally) -> {
            if (tally == null) {
                return new Tally(k, client, seen);
            }
            if (!tally.add(client, seen, maxClients)) {
                dropped.incrementAndGet();
            }
            return tally;
        });
    }

    /** Takes every tally noted so far; what is recorded meanwhile waits for the next drain. */
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

    /** Which clients searched one query in one language without result, and when first and last, since the last drain. */
    static final class Tally {

        private final Key key;
        private final Set<String> clients = new HashSet<String>();
        private final Date firstSeen;
        private Date lastSeen;

        private Tally(Key key, String client, Date seen) {
            this.key = key;
            this.clients.add(client);
            this.firstSeen = seen;
            this.lastSeen = seen;
        }

        /** Only inside the map's compute for this key, so never concurrently. False when dropped. */
        private boolean add(String client, Date seen, int maxClients) {
            if (seen.after(lastSeen)) {
                lastSeen = seen;
            }
            return clients.contains(client) || clients.size() < maxClients && clients.add(client);
        }

        String getQuery() {
            return key.query;
        }

        String getLocale() {
            return key.locale;
        }

        Set<String> getClients() {
            return Collections.unmodifiableSet(clients);
        }

        Date getFirstSeen() {
            return firstSeen;
        }

        Date getLastSeen() {
            return lastSeen;
        }
    }
}
