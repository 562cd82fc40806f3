package io.concierge.storefront.guidance;

import java.util.Collections;
import java.util.List;

/** A signed-in shopper's two guidance blocks from their purchase history, as themes and the JSON API show them. */
public final class PersonalView {

    /** For a guest, and while guidance is switched off. */
    static final PersonalView NOBODY = new PersonalView(Collections.<RecommendationCard>emptyList(),
            Collections.<RecommendationCard>emptyList());

    private final List<RecommendationCard> goesWithYourOrders;
    private final List<RecommendationCard> dueAgain;

    PersonalView(List<RecommendationCard> goesWithYourOrders, List<RecommendationCard> dueAgain) {
        this.goesWithYourOrders = goesWithYourOrders;
        this.dueAgain = dueAgain;
    }

    /** Complements of what the shopper bought ("Goes with the Summit Pack 45 you bought in May"). */
    public List<RecommendationCard> getGoesWithYourOrders() {
        return goesWithYourOrders;
    }

    /** Consumables whose replenishment interval has passed since the shopper last bought them. */
    public List<RecommendationCard> getDueAgain() {
        return dueAgain;
    }

    public boolean isEmpty() {
        return goesWithYourOrders.isEmpty() && dueAgain.isEmpty();
    }
}
