package io.concierge.storefront.guidance;

import io.concierge.core.guidance.Guidance;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.SignedInShoppers;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * Guidance for headless storefronts: {@code GET /api/concierge/v1/guidance/products/{id}} answers a product's two
 * blocks with their reasons in the shopper's language (an id that is not a product's answers 404 with a message);
 * {@code GET /api/concierge/v1/guidance/me} answers the signed-in shopper's two blocks from their purchase history
 * (401 with a message for a guest).
 */
@Controller
@CapabilityRoutes(Guidance.KEY)
public class GuidanceApiController {

    private static final Pattern PRODUCT_ID = Pattern.compile("-?\\d{1,18}");

    @Resource(name = "cncShopperGuidance")
    protected ShopperGuidance shopperGuidance;

    @RequestMapping(value = "/api/concierge/v1/guidance/products/{id}", method = RequestMethod.GET,
            produces = "application/json")
    @ResponseBody
    public Map<String, Object> product(@PathVariable("id") String id, HttpServletResponse response) {
        GuidanceView view = PRODUCT_ID.matcher(id).matches() ? shopperGuidance.forProduct(Long.parseLong(id)) : null;
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        if (view == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            body.put("error", "unknown_product");
            body.put("message", "There is no product with this id.");
            return body;
        }
        body.put("productId", view.getProductId());
        body.put("goesWellWith", view.getGoesWellWith());
        body.put("considerInstead", view.getConsiderInstead());
        return body;
    }

    @RequestMapping(value = "/api/concierge/v1/guidance/me", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> shopper(HttpServletResponse response) {
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        if (SignedInShoppers.current() == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            body.put("error", "not_signed_in");
            body.put("message", "Sign in to see guidance from your orders.");
            return body;
        }
        PersonalView view = shopperGuidance.forShopper();
        body.put("goesWithYourOrders", view.getGoesWithYourOrders());
        body.put("dueAgain", view.getDueAgain());
        return body;
    }
}
