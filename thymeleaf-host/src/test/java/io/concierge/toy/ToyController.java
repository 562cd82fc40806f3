package io.concierge.toy;

import io.concierge.storefront.kernel.CapabilityRoutes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The toy's one page, {@code /toy}. */
@Controller
@CapabilityRoutes(ToyController.KEY)
public class ToyController {

    static final String KEY = "toy";

    @RequestMapping(value = "/toy", method = RequestMethod.GET)
    public String page() {
        return "toy/page";
    }
}
