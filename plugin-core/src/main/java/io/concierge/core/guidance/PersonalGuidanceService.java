package io.concierge.core.guidance;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Guidance from a signed-in shopper's own placed orders (bean {@code cncPersonalGuidance}), each block read with one
 * set-based statement over Broadleaf's orders, the mined rules and Broadleaf's product attributes:
 * <ul>
 * <li>complements of what they bought: the shown rules (not marked wrong) from each product of their orders, the most
 * recently bought product first, then the strongest rule; without anything they bought already;</li>
 * <li>consumables due again: products they bought whose attribute {@value #REPLENISH_DAYS} (a whole number of days)
 * has passed since their latest order of it, the longest overdue first.</li>
 * </ul>
 * Both leave out what the cart holds, inactive or unavailable products and whatever a
 * {@code ProductSuppression} names. A product whose attribute {@value #DURABLE} is {@code true} is one a shopper
 * needs once: once they bought it, no block offers it to them again ({@link #durablesBought}).
 */
@Component("cncPersonalGuidance")
public class PersonalGuidanceService {

    /** The product attribute that marks a product bought once (value {@code true}). */
    public static final String DURABLE = "guidance.durable";

    /** The product attribute of a consumable's replenishment interval, in days. */
    public static final String REPLENISH_DAYS = "guidance.replenishDays";

    /** The products of a customer's placed orders, as rows of o (order), d (its discrete items). */
    private static final String BOUGHT = " FROM BLC_ORDER o JOIN BLC_ORDER_ITEM oi ON oi.ORDER_ID = o.ORDER_ID"
            + " JOIN BLC_DISCRETE_ORDER_ITEM d ON d.ORDER_ITEM_ID = oi.ORDER_ITEM_ID WHERE o.CUSTOMER_ID = :customer"
            + " AND " + MiningSql.PLACED_ORDER;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "cncGuidance")
    protected GuidanceService guidance;

    @Transactional(value = "blTransactionManager", readOnly = true)
    public PersonalGuidance forCustomer(long customerId, Collection<Long> inCart, Date now) {
        Set<Long> leftOut = new HashSet<Long>(inCart);
        return new PersonalGuidance(offered(complements(customerId), leftOut),
                offered(dueAgain(customerId, now), leftOut));
    }

    /** The products marked durable that the customer bought in a placed order. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    @SuppressWarnings("unchecked")
    public Set<Long> durablesBought(long customerId) {
        Set<Long> durables = new HashSet<Long>();
        for (Object id : em.createNativeQuery("SELECT DISTINCT d.PRODUCT_ID" + BOUGHT + " AND EXISTS (SELECT 1"
                + " FROM BLC_PRODUCT_ATTRIBUTE a WHERE a.PRODUCT_ID = d.PRODUCT_ID AND a.NAME = :durable"
                + " AND LOWER(a.VALUE) = 'true')").setParameter("customer", customerId)
                .setParameter("durable", DURABLE).getResultList()) {
            durables.add(((Number) id).longValue());
        }
        return durables;
    }

    /** Recommended product to its reason, in the order to offer them. */
    @SuppressWarnings("unchecked")
    private Map<Long, Reason> complements(long customerId) {
        List<Object[]> rows = em.createNativeQuery("SELECT r.RECOMMENDED_PRODUCT_ID, r.PRODUCT_ID,"
                + " MAX(o.SUBMIT_DATE) AS BOUGHT_AT, MAX(r.ORDERS_TOGETHER) AS ORDERS_TOGETHER,"
                + " MAX(r.PRODUCT_ORDERS) AS PRODUCT_ORDERS, MAX(r.RECOMMENDED_ORDERS) AS RECOMMENDED_ORDERS,"
                + " MAX(r.TOTAL_ORDERS) AS TOTAL_ORDERS" + BOUGHT.replace(" WHERE ",
                " JOIN " + CoPurchaseRuleImpl.TABLE + " r ON r.PRODUCT_ID = d.PRODUCT_ID WHERE ")
                + " AND NOT EXISTS (SELECT 1 FROM CNC_GUIDANCE_HIDDEN_RULE h WHERE h.PRODUCT_ID = r.PRODUCT_ID"
                + " AND h.RECOMMENDED_PRODUCT_ID = r.RECOMMENDED_PRODUCT_ID)"
                + " AND NOT EXISTS (SELECT 1 FROM BLC_ORDER o2 JOIN BLC_ORDER_ITEM oi2 ON oi2.ORDER_ID = o2.ORDER_ID"
                + " JOIN BLC_DISCRETE_ORDER_ITEM d2 ON d2.ORDER_ITEM_ID = oi2.ORDER_ITEM_ID"
                + " WHERE o2.CUSTOMER_ID = :customer AND d2.PRODUCT_ID = r.RECOMMENDED_PRODUCT_ID AND "
                + MiningSql.placedOrder("o2") + ")"
                + " GROUP BY r.RECOMMENDED_PRODUCT_ID, r.PRODUCT_ID")
                .setParameter("customer", customerId).getResultList();
        List<Object[]> ranked = new ArrayList<Object[]>(rows);
        ranked.sort((a, b) -> {
            int byDate = ((Date) b[2]).compareTo((Date) a[2]);
            return byDate != 0 ? byDate : CoPurchaseRules.STRONGEST_FIRST.compare(rule(a), rule(b));
        });
        Map<Long, Reason> reasons = new LinkedHashMap<Long, Reason>();
        for (Object[] row : ranked) {
            long recommended = ((Number) row[0]).longValue();
            if (!reasons.containsKey(recommended)) {
                reasons.put(recommended, Reason.boughtBefore(purchase(((Number) row[1]).longValue(),
                        (Date) row[2]), rule(row)));
            }
        }
        return reasons;
    }

    /** Consumable to its reason, the longest overdue first. */
    @SuppressWarnings("unchecked")
    private Map<Long, Reason> dueAgain(long customerId, Date now) {
        List<Object[]> rows = em.createNativeQuery("SELECT d.PRODUCT_ID, MAX(o.SUBMIT_DATE) AS BOUGHT_AT,"
                + " MAX(a.VALUE) AS INTERVAL_DAYS" + BOUGHT.replace(" WHERE ", " JOIN BLC_PRODUCT_ATTRIBUTE a"
                + " ON a.PRODUCT_ID = d.PRODUCT_ID AND a.NAME = :replenish WHERE ") + " GROUP BY d.PRODUCT_ID")
                .setParameter("customer", customerId).setParameter("replenish", REPLENISH_DAYS).getResultList();
        List<Object[]> due = new ArrayList<Object[]>();
        for (Object[] row : rows) {
            Integer days = days(row[2]);
            if (days != null && ((Date) row[1]).getTime() + TimeUnit.DAYS.toMillis(days) <= now.getTime()) {
                due.add(new Object[] {row[0], row[1], days, ((Date) row[1]).getTime() + TimeUnit.DAYS.toMillis(days)});
            }
        }
        due.sort((a, b) -> Long.compare((Long) a[3], (Long) b[3]));
        Map<Long, Reason> reasons = new LinkedHashMap<Long, Reason>();
        for (Object[] row : due) {
            long product = ((Number) row[0]).longValue();
            reasons.put(product, Reason.dueAgain(purchase(product, (Date) row[1]), (Integer) row[2]));
        }
        return reasons;
    }

    /** The interval a merchant wrote: a whole number of days from 1 to 3650; null for anything else. */
    static Integer days(Object value) {
        String text = value == null ? "" : value.toString().trim();
        if (!text.matches("\\d{1,4}")) {
            return null;
        }
        int days = Integer.parseInt(text);
        return days >= 1 && days <= 3650 ? days : null;
    }

    private List<Recommendation> offered(Map<Long, Reason> candidates, Set<Long> leftOut) {
        Set<Long> suppressed = guidance.suppressed(new HashSet<Long>(candidates.keySet()));
        List<Recommendation> offered = new ArrayList<Recommendation>();
        for (Map.Entry<Long, Reason> candidate : candidates.entrySet()) {
            if (offered.size() == Guidance.MAX_PER_BLOCK) {
                break;
            }
            if (leftOut.contains(candidate.getKey()) || suppressed.contains(candidate.getKey())) {
                continue;
            }
            Product product = catalogService.findProductById(candidate.getKey());
            if (product != null && guidance.isOffered(product)) {
                offered.add(new Recommendation(product, Collections.singletonList(candidate.getValue())));
            }
        }
        return offered;
    }

    private PastPurchase purchase(long productId, Date boughtAt) {
        Product product = catalogService.findProductById(productId);
        return new PastPurchase(productId, product == null ? "#" + productId : product.getName(), boughtAt);
    }

    private static CoPurchaseRule rule(Object[] row) {
        return new CoPurchaseRule(((Number) row[1]).longValue(), ((Number) row[0]).longValue(),
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue(),
                ((Number) row[6]).longValue());
    }
}
