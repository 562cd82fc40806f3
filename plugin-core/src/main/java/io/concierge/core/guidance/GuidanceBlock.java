package io.concierge.core.guidance;

/**
 * The blocks of guidance (a product's two, the cart's one, a signed-in shopper's two), as themes, tracking links and
 * the report name them.
 */
public enum GuidanceBlock {

    GOES_WELL_WITH("goes-well-with", Reason.Kind.MERCHANT, Reason.Kind.BOUGHT_TOGETHER),
    CONSIDER_INSTEAD("consider-instead", Reason.Kind.MERCHANT, Reason.Kind.ALTERNATIVE),
    /** The cart's complements: what goes well with the products it holds. */
    IN_CART("in-cart", Reason.Kind.MERCHANT, Reason.Kind.BOUGHT_TOGETHER),
    /** A signed-in shopper's: complements of what they bought. */
    WITH_YOUR_ORDERS("with-your-orders", Reason.Kind.BOUGHT_BEFORE),
    /** A signed-in shopper's: consumables they bought whose replenishment interval has passed. */
    DUE_AGAIN("due-again", Reason.Kind.DUE_AGAIN);

    private final String code;
    private final java.util.List<Reason.Kind> leadReasons;

    GuidanceBlock(String code, Reason.Kind... leadReasons) {
        this.code = code;
        this.leadReasons = java.util.Collections.unmodifiableList(java.util.Arrays.asList(leadReasons));
    }

    public String code() {
        return code;
    }

    /** The kinds of reason a recommendation of this block can lead with: the lines of the report. */
    public java.util.List<Reason.Kind> leadReasons() {
        return leadReasons;
    }

    /** @return the block with this code, or null */
    public static GuidanceBlock ofCode(String code) {
        for (GuidanceBlock block : values()) {
            if (block.code.equals(code)) {
                return block;
            }
        }
        return null;
    }
}
