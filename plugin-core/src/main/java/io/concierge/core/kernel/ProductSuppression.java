package io.concierge.core.kernel;

import java.util.Collection;
import java.util.Set;

/**
 * Keeps products out of every recommendation for a reason of another capability: the post-sale surveys name the
 * poorly rated ones. Guidance asks every bean implementing it, and itself already leaves out inactive and
 * unavailable products and what the shopper's cart holds; in the kernel so that neither needs the other.
 */
public interface ProductSuppression {

    /** The ids among {@code productIds} that must not be recommended. */
    Set<Long> suppressed(Collection<Long> productIds);
}
