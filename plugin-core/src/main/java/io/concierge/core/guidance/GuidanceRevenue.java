package io.concierge.core.guidance;

import io.concierge.core.kernel.orders.OrderDeductionImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * What guidance sells (bean {@code cncGuidanceRevenue}): the order items put in the cart from a recommendation, and,
 * once their order is placed, their revenue per block and lead reason, net of later cancellations and refunds. Every
 * statement is one set-based SQL statement, on HSQLDB, PostgreSQL and MariaDB alike.
 */
@Component("cncGuidanceRevenue")
public class GuidanceRevenue {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /**
     * Notes an order item added from a recommendation, in the caller's transaction (the add to cart's). An item
     * already noted keeps its first recommendation; nothing here throws for it, so the shopper's add never fails.
     */
    @Transactional("blTransactionManager")
    public void added(long orderItemId, long orderId, TrackedRecommendation from) {
        // Broadleaf's add to cart has saved the new item in this transaction, not yet written it: a native statement
        // does not flush by itself.
        em.flush();
        em.createNativeQuery("INSERT INTO " + SuggestedItemImpl.TABLE
                + " (ORDER_ITEM_ID, ORDER_ID, PRODUCT_ID, BLOCK, REASON, ADDED_AT)"
                + " SELECT oi.ORDER_ITEM_ID, ?, ?, ?, ?, ? FROM BLC_ORDER_ITEM oi WHERE oi.ORDER_ITEM_ID = ?"
                + " AND NOT EXISTS (SELECT 1 FROM " + SuggestedItemImpl.TABLE + " s"
                + " WHERE s.ORDER_ITEM_ID = oi.ORDER_ITEM_ID)")
                .setParameter(1, orderId).setParameter(2, from.getProductId()).setParameter(3, from.getBlock().code())
                .setParameter(4, from.getReason().name()).setParameter(5, new Timestamp(System.currentTimeMillis()))
                .setParameter(6, orderItemId).executeUpdate();
    }

    /**
     * The order is placed: its items noted as added from a recommendation are sold today, at their price times their
     * quantity as the order holds them now. An item already counted is never counted again; items removed from the
     * cart before it was placed are not in the order and stay uncounted.
     *
     * @return how many items were counted now
     */
    @Transactional("blTransactionManager")
    public int orderPlaced(long orderId) {
        String table = SuggestedItemImpl.TABLE;
        return em.createNativeQuery("UPDATE " + table + " SET ORDER_ID = ?, SOLD_ON = ?,"
                + " REVENUE = (SELECT COALESCE(oi.PRICE, oi.SALE_PRICE, oi.RETAIL_PRICE) * oi.QUANTITY"
                + " FROM BLC_ORDER_ITEM oi WHERE oi.ORDER_ITEM_ID = " + table + ".ORDER_ITEM_ID)"
                + " WHERE SOLD_ON IS NULL AND ORDER_ITEM_ID IN"
                + " (SELECT oi.ORDER_ITEM_ID FROM BLC_ORDER_ITEM oi WHERE oi.ORDER_ID = ?)")
                .setParameter(1, orderId).setParameter(2, Date.valueOf(LocalDate.now())).setParameter(3, orderId)
                .executeUpdate();
    }

    /**
     * Per day, block and lead reason sold from: the orders placed, the revenue of the suggested items in them, and
     * those orders' totals (an order counted once per block and reason however many of its items came from it), net
     * of what was given back later ({@link OrderDeductionImpl}): an order cancelled or refunded whole, or refunded in
     * part up to its total, is left out; a refund in part takes its share of the order's total off the items' revenue
     * (the event names an amount, not items) and its amount off the order's total. Each row: day, block, reason,
     * orders, items' revenue, orders' total.
     */
    @Transactional(value = "blTransactionManager", readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Object[]> sold(LocalDate since, LocalDate until) {
        String refunded = "COALESCE(r.REFUNDED, 0)";
        return em.createNativeQuery("SELECT s.SOLD_ON, s.BLOCK, s.REASON, COUNT(*) AS ORDERS,"
                + " SUM(CASE WHEN o.ORDER_TOTAL > 0 THEN s.ITEMS_REVENUE - s.ITEMS_REVENUE * " + refunded
                + " / o.ORDER_TOTAL ELSE s.ITEMS_REVENUE END) AS ITEMS_REVENUE,"
                + " SUM(o.ORDER_TOTAL - " + refunded + ") AS ORDERS_TOTAL"
                + " FROM (SELECT SOLD_ON, BLOCK, REASON, ORDER_ID, SUM(REVENUE) AS ITEMS_REVENUE"
                + " FROM " + SuggestedItemImpl.TABLE + " WHERE SOLD_ON >= ? AND SOLD_ON <= ?"
                + " GROUP BY SOLD_ON, BLOCK, REASON, ORDER_ID) s"
                + " JOIN BLC_ORDER o ON o.ORDER_ID = s.ORDER_ID"
                + " LEFT JOIN (SELECT ORDER_ID, SUM(CASE WHEN KIND = 'REFUNDED_IN_PART' THEN 0 ELSE 1 END) AS VOIDING,"
                + " SUM(COALESCE(AMOUNT, 0)) AS REFUNDED FROM " + OrderDeductionImpl.TABLE + " GROUP BY ORDER_ID) r"
                + " ON r.ORDER_ID = s.ORDER_ID"
                + " WHERE COALESCE(r.VOIDING, 0) = 0 AND (o.ORDER_TOTAL IS NULL OR o.ORDER_TOTAL <= 0"
                + " OR " + refunded + " < o.ORDER_TOTAL)"
                + " GROUP BY s.SOLD_ON, s.BLOCK, s.REASON")
                .setParameter(1, Date.valueOf(since)).setParameter(2, Date.valueOf(until)).getResultList();
    }
}
