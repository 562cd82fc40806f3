package io.concierge.core.kb.search;

import java.io.Serializable;
import java.util.Date;

/**
 * A search that found no guide, counted per normalized text and locale: the "content gaps" editors should write
 * guides for.
 */
public interface GuideSearchMiss extends Serializable {

    Long getId();

    /** Trimmed, lower case, white space collapsed, at most {@link SearchMisses#MAX_QUERY_LENGTH} characters. */
    String getQuery();

    /** The guide locale searched: "en", "pt_BR" or "es". */
    String getLocale();

    /** Searches counted: each client once per query and interval. */
    long getCount();

    /** Different clients that searched it (within the retention). */
    long getClientCount();

    Date getFirstSeen();

    Date getLastSeen();

    /** The draft guide an editor started for this gap (the guide's id, which may have been deleted since), or null. */
    Long getDraftGuideId();

    void setDraftGuideId(Long guideId);
}
