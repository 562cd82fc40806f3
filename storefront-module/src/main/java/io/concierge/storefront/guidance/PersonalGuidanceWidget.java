package io.concierge.storefront.guidance;

import io.concierge.core.guidance.Guidance;
import io.concierge.storefront.kernel.Widget;
import io.concierge.storefront.kernel.WidgetArguments;

import javax.annotation.Resource;

/**
 * The signed-in shopper's own guidance ({@code guidance.forShopper}, no arguments), for the account and home pages: a
 * {@link PersonalView}, empty for a guest and while guidance is switched off.
 */
public class PersonalGuidanceWidget implements Widget {

    public static final String NAME = "guidance.forShopper";

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
    public PersonalView content(WidgetArguments arguments) {
        return shopperGuidance.forShopper();
    }

    @Override
    public PersonalView nothing() {
        return PersonalView.NOBODY;
    }
}
