package io.concierge.demo.web;

import io.concierge.storefront.kernel.ShopperLocale;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An order (or the cart) as the demo theme shows it: lines and totals formatted for the shopper. */
public class OrderView {

    private final String number;
    private final String status;
    private final String submitted;
    private final String email;
    private final List<Line> lines;
    private final int itemCount;
    private final String subtotal;
    private final String discount;
    private final List<String> offers;
    private final List<String> coupons;
    private final String shipping;
    private final String total;

    public OrderView(Order order) {
        boolean real = isReal(order);
        ShopperLocale shopper = ShopperLocale.current();
        List<Line> lines = new ArrayList<Line>();
        if (real) {
            for (OrderItem item : order.getOrderItems()) {
                lines.add(new Line(item, shopper));
            }
        }
        this.lines = Collections.unmodifiableList(lines);
        this.itemCount = itemCount(order);
        this.number = real ? order.getOrderNumber() : null;
        this.status = real && order.getStatus() != null ? order.getStatus().getType() : null;
        this.submitted = real ? shopper.date(order.getSubmitDate()) : "";
        this.email = real ? order.getEmailAddress() : null;
        this.subtotal = real ? shopper.money(order.getSubTotal()) : "";
        boolean discounted = real && order.getHasOrderAdjustments();
        this.discount = discounted ? shopper.money(order.getOrderAdjustmentsValue()) : null;
        List<String> offers = new ArrayList<String>();
        if (discounted) {
            for (OrderAdjustment adjustment : order.getOrderAdjustments()) {
                offers.add(adjustment.getOffer() == null ? adjustment.getReason() : adjustment.getOffer().getName());
            }
        }
        this.offers = Collections.unmodifiableList(offers);
        List<String> coupons = new ArrayList<String>();
        if (real) {
            for (OfferCode code : order.getAddedOfferCodes()) {
                coupons.add(code.getOfferCode());
            }
        }
        this.coupons = Collections.unmodifiableList(coupons);
        this.shipping = real ? shopper.money(order.getTotalFulfillmentCharges()) : "";
        this.total = real ? shopper.money(order.getTotal()) : "";
    }

    /** How many items the order holds (quantities added up), without building its view: every page's header asks. */
    public static int itemCount(Order order) {
        int count = 0;
        if (isReal(order)) {
            for (OrderItem item : order.getOrderItems()) {
                count += item.getQuantity();
            }
        }
        return count;
    }

    private static boolean isReal(Order order) {
        return order != null && !(order instanceof NullOrderImpl);
    }

    public boolean isEmpty() { return lines.isEmpty(); }

    public String getNumber() { return number; }

    /** Broadleaf's order status code (SUBMITTED, CANCELLED...); templates translate it. */
    public String getStatus() { return status; }

    public String getSubmitted() { return submitted; }

    public String getEmail() { return email; }

    public List<Line> getLines() { return lines; }

    public int getItemCount() { return itemCount; }

    public String getSubtotal() { return subtotal; }

    /** The coupon codes entered in the cart. */
    public List<String> getCoupons() { return coupons; }

    /** What the order's offers take off the subtotal (a loyalty tier's discount, say); null when nothing. */
    public String getDiscount() { return discount; }

    /** The names of the offers that give the discount. */
    public List<String> getOffers() { return offers; }

    public String getShipping() { return shipping; }

    public String getTotal() { return total; }

    /** One order line. */
    public static class Line {
        private final Long itemId;
        private final String name;
        private final String url;
        private final String imageUrl;
        private final int quantity;
        private final String unitPrice;
        private final String total;

        Line(OrderItem item, ShopperLocale shopper) {
            this.itemId = item.getId();
            this.name = item.getName();
            boolean hasProduct = item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null;
            this.url = hasProduct ? ((DiscreteOrderItem) item).getProduct().getUrl() : null;
            this.imageUrl = hasProduct ? ProductCard.imageOf(((DiscreteOrderItem) item).getProduct())
                    : ProductCard.PLACEHOLDER_IMAGE;
            this.quantity = item.getQuantity();
            this.unitPrice = shopper.money(item.getAveragePrice());
            this.total = shopper.money(item.getTotalPrice());
        }

        public Long getItemId() { return itemId; }

        public String getName() { return name; }

        public String getUrl() { return url; }

        public String getImageUrl() { return imageUrl; }

        public int getQuantity() { return quantity; }

        public String getUnitPrice() { return unitPrice; }

        public String getTotal() { return total; }
    }
}
