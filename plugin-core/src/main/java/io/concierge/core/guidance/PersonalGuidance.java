package io.concierge.core.guidance;

import java.util.Collections;
import java.util.List;

/**
 * A signed-in shopper's guidance from their own purchase history, in two blocks: complements of what they bought
 * ("Goes with what you bought") and consumables due again ("Time to restock"), each at most
 * {@value Guidance#MAX_PER_BLOCK}.
 */
public final class PersonalGuidance {

    private final List<Recommendation> goesWithYourOrders;
    private final List<Recommendation> dueAgain;

    PersonalGuidance(List<Recommendation> goesWithYourOrders, List<Recommendation> dueAgain) {
        this.goesWithYourOrders = Collections.unmodifiableList(goesWithYourOrders);
        this.dueAgain = Collections.unmodifiableList(dueAgain);
    }

    public List<Recommendation> getGoesWithYourOrders() {
        return goesWithYourOrders;
    }

    public List<Recommendation> getDueAgain() {
        return dueAgain;
    }

    public boolean isEmpty() {
        return goesWithYourOrders.isEmpty() && dueAgain.isEmpty();
    }
}
