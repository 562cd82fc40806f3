package io.concierge.core.guidance;

/** What the tracking counts of a recommendation, per block and lead reason. */
public enum GuidanceEvent {
    /** Shown in a block (a product page, or the JSON API). */
    IMPRESSION,
    /** Followed from its block to its product page. */
    CLICK,
    /** Put in the cart after a click on it. */
    ADD_TO_CART
}
