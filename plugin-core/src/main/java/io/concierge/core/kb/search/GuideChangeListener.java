package io.concierge.core.kb.search;

import java.util.Collection;
import java.util.List;

/**
 * Told about every committed change to a guide, whichever way it was made (storefront service, Broadleaf admin).
 * The search index is one listener; integrators may add their own Spring beans of this type.
 */
public interface GuideChangeListener {

    /** The guide was created or changed; {@link GuideDocument#isListed()} says whether shoppers may find it. */
    void guideSaved(GuideDocument guide);

    void guideDeleted(long guideId);

    /**
     * All the guide changes of one committed transaction (a category renamed in the admin changes each of its
     * guides). By default told one guide at a time; a listener that can write them together, as the search index
     * does, overrides this.
     */
    default void guidesChanged(List<GuideDocument> saved, Collection<Long> deletedGuideIds) {
        for (GuideDocument guide : saved) {
            guideSaved(guide);
        }
        for (Long guideId : deletedGuideIds) {
            guideDeleted(guideId);
        }
    }
}
