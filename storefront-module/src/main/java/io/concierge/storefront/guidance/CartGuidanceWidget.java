package io.concierge.storefront.guidance;

import io.concierge.core.guidance.Guidance;
import io.concierge.storefront.kernel.Widget;
import io.concierge.storefront.kernel.WidgetArguments;

import java.util.List;

import javax.annotation.Resource;

/**
 * The cart page's guidance ({@code guidance.forCart}, no arguments): what goes well with the products in the
 * shopper's cart, as {@link RecommendationCard}s; an empty list for an empty cart and while guidance is off.
 */
public class CartGuidanceWidget implements Widget {

    public static final String NAME = "guidance.forCart";

    @Resource(name = "cncShopperGuidance")
    protected ShopperGuidance shopperGuidance;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String capability() {
        return Guidance.KEY;
    }

    @Override
    public List<RecommendationCard> content(WidgetArguments arguments) {
        return shopperGuidance.forCart();
    }
}
