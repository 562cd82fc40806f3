package io.concierge.toy;

import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.storefront.kernel.Widget;
import io.concierge.storefront.kernel.WidgetArguments;

import java.util.Collections;
import java.util.List;

import javax.annotation.Resource;

/** The toy's widget {@code toy.rating}: as many stars as the store's option says. */
public class ToyRating implements Widget {

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Override
    public String name() {
        return "toy.rating";
    }

    @Override
    public String capability() {
        return ToyController.KEY;
    }

    @Override
    public List<String> content(WidgetArguments arguments) {
        return Collections.nCopies(storeOptions.read(ToyOptionsImpl.class).getStars(), "*");
    }
}
