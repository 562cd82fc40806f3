package io.concierge.core.kb.search;

/**
 * Told about every committed change to a guide, whichever way it was made (storefront service, Broadleaf admin).
 * The search index is one listener; integrators may add their own Spring beans of this type.
 */
public interface GuideChangeListener {

    /** The guide was created or changed; {@link GuideDocument#isListed()} says whether shoppers may find it. */
    void guideSaved(GuideDocument guide);

    void guideDeleted(long guideId);
}
