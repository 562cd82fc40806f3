package io.concierge.core.guidance;

import java.util.Collection;
import java.util.Set;

/**
 * Keeps products out of every recommendation for a reason of another part of the store: poor survey scores, many
 * complaint cases. Every bean implementing it is asked (none ships yet: surveys and cases will add theirs). Guidance
 * itself already leaves out inactive and unavailable products and what the shopper's cart holds.
 */
public interface ProductSuppression {

    /** The ids among {@code productIds} that must not be recommended. */
    Set<Long> suppressed(Collection<Long> productIds);
}
