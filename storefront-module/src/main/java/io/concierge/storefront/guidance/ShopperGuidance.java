package io.concierge.storefront.guidance;

import io.concierge.core.guidance.GuidanceBlock;
import io.concierge.core.guidance.GuidanceEvent;
import io.concierge.core.guidance.GuidanceService;
import io.concierge.core.guidance.GuidanceTracking;
import io.concierge.core.guidance.ProductGuidance;
import io.concierge.core.guidance.Recommendation;
import io.concierge.storefront.kernel.ShopperLocale;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

/**
 * A product's guidance for the current shopper (bean {@code cncShopperGuidance}): without what their cart holds, in
 * their language, each card counted as an impression. Shared by the product-page widget and the JSON API.
 */
public class ShopperGuidance {

    @Resource(name = "cncGuidance")
    protected GuidanceService guidance;

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @Resource(name = "cncGuidanceTracking")
    protected GuidanceTracking tracking;

    /** @return the product's blocks, or null when there is no such product */
    public GuidanceView forProduct(long productId) {
        ProductGuidance found = guidance.forProduct(productId, productsInCart(CartState.getCart()));
        if (found == null) {
            return null;
        }
        Product viewed = found.getProduct();
        ShopperLocale shopper = ShopperLocale.current();
        ReasonWording wording = new ReasonWording(messages, shopper);
        GuidanceView view = new GuidanceView(productId,
                cards(GuidanceBlock.GOES_WELL_WITH, found.getGoesWellWith(), viewed, wording, shopper),
                cards(GuidanceBlock.CONSIDER_INSTEAD, found.getConsiderInstead(), viewed, wording, shopper));
        for (RecommendationCard card : view.getGoesWellWith()) {
            tracking.record(card.tracked(), GuidanceEvent.IMPRESSION);
        }
        for (RecommendationCard card : view.getConsiderInstead()) {
            tracking.record(card.tracked(), GuidanceEvent.IMPRESSION);
        }
        return view;
    }

    /** A shopper without a cart has Broadleaf's null order, whose item list is null. */
    static Set<Long> productsInCart(Order cart) {
        Set<Long> products = new HashSet<Long>();
        if (cart != null && cart.getOrderItems() != null) {
            for (OrderItem item : cart.getOrderItems()) {
                if (item instanceof DiscreteOrderItem && ((DiscreteOrderItem) item).getProduct() != null) {
                    products.add(((DiscreteOrderItem) item).getProduct().getId());
                }
            }
        }
        return products;
    }

    private static List<RecommendationCard> cards(GuidanceBlock block, List<Recommendation> recommendations,
                                                  Product viewed, ReasonWording wording, ShopperLocale shopper) {
        List<RecommendationCard> cards = new ArrayList<RecommendationCard>();
        for (Recommendation recommendation : recommendations) {
            cards.add(new RecommendationCard(block, recommendation, viewed, wording, shopper));
        }
        return cards;
    }
}
