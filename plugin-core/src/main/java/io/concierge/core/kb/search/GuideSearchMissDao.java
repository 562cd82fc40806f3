package io.concierge.core.kb.search;

import java.util.Date;
import java.util.List;

public interface GuideSearchMissDao {

    /** Counts one more miss of an existing row; returns false when there is no row yet. */
    boolean countAgain(String query, String locale, Date seen);

    /** Adds the first miss of a query; fails when another node added the same row meanwhile. */
    void insertFirst(String query, String locale, Date seen);

    /** Most frequent first, then most recent; {@code locale} null for all. */
    List<GuideSearchMiss> readTop(String locale, int max);
}
