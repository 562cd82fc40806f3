package io.concierge.storefront.guidance;

import io.concierge.core.guidance.Guidance;
import io.concierge.storefront.kernel.Widget;
import io.concierge.storefront.kernel.WidgetArguments;

import javax.annotation.Resource;

/**
 * The product page's guidance ({@code guidance.forProduct}, argument {@code productId}): a {@link GuidanceView} with
 * its two blocks, empty for a missing or unknown product and while guidance is switched off.
 */
public class ProductGuidanceWidget implements Widget {

    public static final String NAME = "guidance.forProduct";

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
    public GuidanceView content(WidgetArguments arguments) {
        Long productId = arguments.wholeNumber("productId");
        GuidanceView view = productId == null ? null : shopperGuidance.forProduct(productId);
        return view == null ? GuidanceView.EMPTY : view;
    }

    @Override
    public GuidanceView nothing() {
        return GuidanceView.EMPTY;
    }
}
