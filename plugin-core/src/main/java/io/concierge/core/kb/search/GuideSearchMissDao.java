package io.concierge.core.kb.search;

import java.util.Date;
import java.util.List;

public interface GuideSearchMissDao {

    /** Adds {@code count} misses to an existing row; returns false when there is no row yet. */
    boolean countAgain(String query, String locale, long count, Date lastSeen);

    /** Adds the row of a query's first misses; fails when another node added the same row meanwhile. */
    void insertFirst(String query, String locale, long count, Date firstSeen, Date lastSeen);

    /** The row of a normalized query and locale, or null. */
    GuideSearchMiss readOne(String query, String locale);

    /** Most frequent first, then most recent; {@code locale} null for all. */
    List<GuideSearchMiss> readTop(String locale, int max);
}
