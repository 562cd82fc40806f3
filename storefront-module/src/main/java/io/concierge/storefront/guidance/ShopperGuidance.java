package io.concierge.storefront.guidance;

import io.concierge.core.guidance.Guidance;
import io.concierge.core.guidance.GuidanceBlock;
import io.concierge.core.guidance.GuidanceEvent;
import io.concierge.core.guidance.GuidanceService;
import io.concierge.core.guidance.GuidanceTracking;
import io.concierge.core.guidance.PersonalGuidance;
import io.concierge.core.guidance.PersonalGuidanceService;
import io.concierge.core.guidance.ProductGuidance;
import io.concierge.core.guidance.Recommendation;
import io.concierge.core.guidance.RobotClients;
import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.SignedInShoppers;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItem;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.context.MessageSource;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

import javax.annotation.Resource;

/**
 * Guidance for the current shopper (bean {@code cncShopperGuidance}): a product's, the cart's and, for a signed-in
 * shopper, their own from their purchase history; without what their cart holds and the durables they bought, in
 * their language, each card counted as an impression (not for robots). Shared by the widgets and the JSON API.
 */
public class ShopperGuidance {

    @Resource(name = "cncGuidance")
    protected GuidanceService guidance;

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @Resource(name = "cncGuidanceTracking")
    protected GuidanceTracking tracking;

    @Resource(name = "cncGuidanceRobots")
    protected RobotClients robots;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "cncPersonalGuidance")
    protected PersonalGuidanceService personalGuidance;

    /** Where Broadleaf's CartState keeps the cart (see {@link #currentCart()}). */
    static final String CART_ATTRIBUTE = "cart";

    /** @return the product's blocks, or null when there is no such product */
    public GuidanceView forProduct(long productId) {
        ProductGuidance found = guidance.forProduct(productId, leftOut(productsInCart(currentCart())));
        if (found == null) {
            return null;
        }
        Product viewed = found.getProduct();
        ShopperLocale shopper = ShopperLocale.current();
        ReasonWording wording = new ReasonWording(messages, shopper);
        GuidanceView view = new GuidanceView(productId,
                cards(GuidanceBlock.GOES_WELL_WITH, found.getGoesWellWith(), viewed, wording, shopper),
                cards(GuidanceBlock.CONSIDER_INSTEAD, found.getConsiderInstead(), viewed, wording, shopper));
        countImpressions(view.getGoesWellWith(), view.getConsiderInstead());
        return view;
    }

    /**
     * What goes well with the current cart: the complements of each product in it, in the cart's order, without what
     * it holds, at most {@value Guidance#MAX_PER_BLOCK}; each reason speaks of the cart's product it comes from.
     */
    public List<RecommendationCard> forCart() {
        Set<Long> inCart = productsInCart(currentCart());
        Set<Long> leftOut = leftOut(inCart);
        ShopperLocale shopper = ShopperLocale.current();
        ReasonWording wording = new ReasonWording(messages, shopper);
        Map<Long, RecommendationCard> offered = new LinkedHashMap<Long, RecommendationCard>();
        for (Long productId : inCart) {
            ProductGuidance found = offered.size() < Guidance.MAX_PER_BLOCK
                    ? guidance.forProduct(productId, leftOut) : null;
            if (found != null) {
                for (RecommendationCard card : cards(GuidanceBlock.IN_CART, found.getGoesWellWith(),
                        found.getProduct(), wording, shopper)) {
                    if (offered.size() < Guidance.MAX_PER_BLOCK) {
                        offered.putIfAbsent(card.getProductId(), card);
                    }
                }
            }
        }
        List<RecommendationCard> cards = new ArrayList<RecommendationCard>(offered.values());
        countImpressions(cards);
        return cards;
    }

    /**
     * The signed-in shopper's own guidance: complements of what they bought and consumables due again, without what
     * their cart holds; {@link PersonalView#NOBODY} for a guest.
     */
    public PersonalView forShopper() {
        Customer customer = SignedInShoppers.current();
        if (customer == null) {
            return PersonalView.NOBODY;
        }
        PersonalGuidance found = personalGuidance.forCustomer(customer.getId(), productsInCart(currentCart()),
                new Date());
        ShopperLocale shopper = ShopperLocale.current();
        ReasonWording wording = new ReasonWording(messages, shopper);
        PersonalView view = new PersonalView(
                cards(GuidanceBlock.WITH_YOUR_ORDERS, found.getGoesWithYourOrders(), null, wording, shopper),
                cards(GuidanceBlock.DUE_AGAIN, found.getDueAgain(), null, wording, shopper));
        countImpressions(view.getGoesWithYourOrders(), view.getDueAgain());
        return view;
    }

    /** Each card shown counts an impression, unless the request is an obvious robot's ({@link RobotClients}). */
    @SafeVarargs
    private final void countImpressions(List<RecommendationCard>... blocks) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request instanceof ServletRequestAttributes
                && robots.isRobot(((ServletRequestAttributes) request).getRequest().getHeader("User-Agent"))) {
            return;
        }
        for (List<RecommendationCard> block : blocks) {
            for (RecommendationCard card : block) {
                tracking.record(card.tracked(), GuidanceEvent.IMPRESSION);
            }
        }
    }

    /** What the cart holds and, for a signed-in shopper, the durables they bought: offered in no block. */
    private Set<Long> leftOut(Set<Long> inCart) {
        Customer customer = SignedInShoppers.current();
        if (customer == null) {
            return inCart;
        }
        Set<Long> leftOut = new LinkedHashSet<Long>(inCart);
        leftOut.addAll(personalGuidance.durablesBought(customer.getId()));
        return leftOut;
    }

    /**
     * Broadleaf keeps the cart in the request attribute "cart", and Spring's views expose their model as request
     * attributes: while a page whose model has a "cart" of its own renders (the demo's cart page), that attribute is
     * not an order, and the cart is read again for the shopper.
     */
    private Order currentCart() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cart = request == null ? null : request.getAttribute(CART_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (cart == null || cart instanceof Order) {
            return (Order) cart;
        }
        Customer customer = CustomerState.getCustomer();
        return customer == null ? null : orderService.findCartForCustomer(customer);
    }

    /** In the cart's order. A shopper without a cart has Broadleaf's null order, whose item list is null. */
    static Set<Long> productsInCart(Order cart) {
        Set<Long> products = new LinkedHashSet<Long>();
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
