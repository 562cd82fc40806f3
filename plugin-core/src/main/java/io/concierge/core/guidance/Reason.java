package io.concierge.core.guidance;

/**
 * Why a product is recommended: the merchant's own text on Broadleaf's cross-sale or up-sale link, or a figure
 * measured from the order history. A theme turns it into words in the shopper's language.
 */
public final class Reason {

    public enum Kind {
        /** The merchant's promotion message on the link ({@link #getText()}). */
        MERCHANT,
        /** Measured co-purchase ({@link #getRule()}): "bought with the … in 23 % of its orders". */
        BOUGHT_TOGETHER,
        /** A substitute the merchant linked, whose price the theme compares ("similar, $40 less"). */
        ALTERNATIVE
    }

    private final Kind kind;
    private final String text;
    private final CoPurchaseRule rule;

    private Reason(Kind kind, String text, CoPurchaseRule rule) {
        this.kind = kind;
        this.text = text;
        this.rule = rule;
    }

    public static Reason merchant(String promotionMessage) {
        return new Reason(Kind.MERCHANT, promotionMessage.trim(), null);
    }

    public static Reason boughtTogether(CoPurchaseRule rule) {
        return new Reason(Kind.BOUGHT_TOGETHER, null, rule);
    }

    public static Reason alternative() {
        return new Reason(Kind.ALTERNATIVE, null, null);
    }

    public Kind getKind() {
        return kind;
    }

    /** The merchant's text; null for measured reasons. */
    public String getText() {
        return text;
    }

    /** The measured rule; null unless {@link Kind#BOUGHT_TOGETHER}. */
    public CoPurchaseRule getRule() {
        return rule;
    }
}
