package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.NewAddress;
import io.concierge.core.helpcenter.orders.ReturnReason;

import java.math.BigDecimal;
import java.util.List;

/**
 * The order of a case as the agent's action forms need it: where it ships now (the address form starts from it), its
 * items (what a return may cover), what is left to refund, and the merchant's return reasons.
 */
public final class CaseOrder {

    /** One line of the order. */
    public static final class Item {
        private final long id;
        private final String name;
        private final int quantity;

        Item(long id, String name, int quantity) {
            this.id = id;
            this.name = name;
            this.quantity = quantity;
        }

        public long getId() { return id; }

        public String getName() { return name; }

        public int getQuantity() { return quantity; }
    }

    private final String number;
    private final NewAddress shippingAddress;
    private final List<Item> items;
    private final BigDecimal refundable;
    private final List<ReturnReason> returnReasons;

    CaseOrder(String number, NewAddress shippingAddress, List<Item> items, BigDecimal refundable,
              List<ReturnReason> returnReasons) {
        this.number = number;
        this.shippingAddress = shippingAddress;
        this.items = items;
        this.refundable = refundable;
        this.returnReasons = returnReasons;
    }

    public String getNumber() { return number; }

    public NewAddress getShippingAddress() { return shippingAddress; }

    public List<Item> getItems() { return items; }

    /** Captured by its payments and not refunded yet. */
    public BigDecimal getRefundable() { return refundable; }

    public List<ReturnReason> getReturnReasons() { return returnReasons; }
}
