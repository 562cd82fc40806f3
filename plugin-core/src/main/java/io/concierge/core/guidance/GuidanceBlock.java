package io.concierge.core.guidance;

/** The blocks of guidance (a product's two, the cart's one), as themes, tracking links and the report name them. */
public enum GuidanceBlock {

    GOES_WELL_WITH("goes-well-with"),
    CONSIDER_INSTEAD("consider-instead"),
    /** The cart's complements: what goes well with the products it holds. */
    IN_CART("in-cart");

    private final String code;

    GuidanceBlock(String code) {
        this.code = code;
    }

    public String code() {
        return code;
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
