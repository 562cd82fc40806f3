package io.concierge.core.kb;

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
}
