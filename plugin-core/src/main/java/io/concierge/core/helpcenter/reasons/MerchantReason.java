package io.concierge.core.helpcenter.reasons;

import java.io.Serializable;

/**
 * An entry of a list of reasons the merchant edits in the admin and shoppers choose from: why they return an item,
 * why they contact the store.
 */
public interface MerchantReason extends Serializable {

    int LABEL_MAX_LENGTH = 100;
    int CODE_MAX_LENGTH = 50;

    Long getId();

    /** What the shopper reads, in the store's main language. */
    String getLabel();

    void setLabel(String label);

    /**
     * Optional: names a message ({@code helpcenter.returnReason.<code>}, {@code helpcenter.caseReason.<code>}), the
     * label in the shopper's language where the storefront's messages have it.
     */
    String getCode();

    void setCode(String code);

    /** Lower first. */
    int getDisplayOrder();

    void setDisplayOrder(int displayOrder);

    /** Whether shoppers may choose it; a retired reason stays on what gave it. */
    boolean isActive();

    void setActive(boolean active);
}
