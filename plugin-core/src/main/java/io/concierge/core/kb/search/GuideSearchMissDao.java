package io.concierge.core.kb.search;

import java.util.Date;
import java.util.List;

public interface GuideSearchMissDao {

    /** Adds {@code count} misses and {@code clients} new clients to an existing row; false when there is no row yet. */
    boolean countAgain(String query, String locale, long count, long clients, Date lastSeen);

    /** Adds the row of a query's first misses; fails when another node added the same row meanwhile. */
    void insertFirst(String query, String locale, long count, long clients, Date firstSeen, Date lastSeen);

    /** Deletes the misses last seen before {@code cutoff}; how many. */
    int deleteLastSeenBefore(Date cutoff);

    /** Deletes all but {@code keep} misses, the ones asked by the fewest clients and longest ago first; how many. */
    int deleteBeyond(int keep);

    /** The row of a normalized query and locale, or null. */
    GuideSearchMiss readOne(String query, String locale);

    /** Most clients first, then most counted, then most recent; {@code locale} null for all. */
    List<GuideSearchMiss> readTop(String locale, int max);
}
