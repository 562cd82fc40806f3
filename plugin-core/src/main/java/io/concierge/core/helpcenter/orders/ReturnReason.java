package io.concierge.core.helpcenter.orders;

import java.io.Serializable;

/** A reason a shopper may give for a return, from the list the merchant edits (Customer Service › Return reasons). */
public interface ReturnReason extends Serializable {

    Long getId();

    /** What the shopper reads, in the store's main language. */
    String getLabel();

    void setLabel(String label);

    /**
     * Optional: names message {@code helpcenter.returnReason.<code>}, the label in the shopper's language where the
     * storefront's messages have it.
     */
    String getCode();

    void setCode(String code);

    /** Lower first. */
    int getDisplayOrder();

    void setDisplayOrder(int displayOrder);

    /** Whether shoppers may choose it; a retired reason stays on the returns that gave it. */
    boolean isActive();

    void setActive(boolean active);
}
