package io.concierge.core.guidance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
        /**
         * A substitute the merchant linked, whose price the theme compares ("similar, $40 less"), with its comparable
         * attributes' differences ({@link #getDifferences()}: "+17 L capacity for $110 more").
         */
        ALTERNATIVE,
        /**
         * A complement of something the signed-in shopper bought ({@link #getPurchase()}, with the mined rule in
         * {@link #getRule()}): "goes with the Summit Pack 45 you bought in May".
         */
        BOUGHT_BEFORE,
        /**
         * A consumable the shopper bought ({@link #getPurchase()}) whose replenishment interval
         * ({@link #getIntervalDays()}) has passed since.
         */
        DUE_AGAIN
    }

    private final Kind kind;
    private final String text;
    private final CoPurchaseRule rule;
    private final List<AttributeDifference> differences;
    private PastPurchase purchase;
    private int intervalDays;

    private Reason(Kind kind, String text, CoPurchaseRule rule, List<AttributeDifference> differences) {
        this.kind = kind;
        this.text = text;
        this.rule = rule;
        this.differences = Collections.unmodifiableList(differences);
    }

    public static Reason boughtBefore(PastPurchase purchase, CoPurchaseRule rule) {
        Reason reason = new Reason(Kind.BOUGHT_BEFORE, null, rule, Collections.<AttributeDifference>emptyList());
        reason.purchase = purchase;
        return reason;
    }

    public static Reason dueAgain(PastPurchase purchase, int intervalDays) {
        Reason reason = new Reason(Kind.DUE_AGAIN, null, null, Collections.<AttributeDifference>emptyList());
        reason.purchase = purchase;
        reason.intervalDays = intervalDays;
        return reason;
    }

    public static Reason merchant(String promotionMessage) {
        return new Reason(Kind.MERCHANT, promotionMessage.trim(), null, Collections.<AttributeDifference>emptyList());
    }

    public static Reason boughtTogether(CoPurchaseRule rule) {
        return new Reason(Kind.BOUGHT_TOGETHER, null, rule, Collections.<AttributeDifference>emptyList());
    }

    public static Reason alternative(List<AttributeDifference> differences) {
        return new Reason(Kind.ALTERNATIVE, null, null, new ArrayList<AttributeDifference>(differences));
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

    /** The shopper's purchase a personal reason speaks of; null for other kinds. */
    public PastPurchase getPurchase() {
        return purchase;
    }

    /** A consumable's replenishment interval in days; 0 for other kinds. */
    public int getIntervalDays() {
        return intervalDays;
    }

    /** A substitute's comparable attributes against the viewed product's; empty for other kinds. */
    public List<AttributeDifference> getDifferences() {
        return differences;
    }
}
