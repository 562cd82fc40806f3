package io.concierge.core.kb.search;

import java.util.List;

/** Reads every guide as documents, page by page, for a full reindex. */
public interface GuideDocumentSource {

    long countGuides();

    /** Guides ordered by id, {@code max} at most, starting at position {@code first}. */
    List<GuideDocument> guides(int first, int max);
}
