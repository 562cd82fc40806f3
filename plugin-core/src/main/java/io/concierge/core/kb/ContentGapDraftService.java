package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideSearchMiss;

import java.util.List;
import java.util.Map;

/**
 * From a content gap (a search that found no guide) to a guide: editors start a draft from the gaps report, and the
 * gap keeps a link to it.
 */
public interface ContentGapDraftService {

    /**
     * The draft for the gap of {@code query} in {@code locale} (as the report lists them): the one started before if
     * it still exists, else a new draft titled with the search, in its language, with a slug of its own. Null when
     * no such gap was recorded; nothing is created then.
     */
    Guide draftFor(String query, String locale);

    /** The guides started for these gaps that still exist, by guide id (read together). */
    Map<Long, Guide> existingDrafts(List<GuideSearchMiss> gaps);
}
