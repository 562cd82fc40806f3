package io.concierge.demo.web.cart;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * Coupon codes in the shopper's cart (a loyalty entry reward, a goodwill coupon): Broadleaf's offer code, priced by
 * Broadleaf. A code that takes nothing off this cart (another shopper's, or one whose offer does not fit) is taken
 * out again and the shopper told so; one used up is refused.
 */
@Controller
@RequestMapping("/cart/coupon")
public class CartCouponController {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blOfferService")
    protected OfferService offerService;

    @RequestMapping(method = RequestMethod.POST)
    public String apply(@RequestParam(value = "code", defaultValue = "") String code, RedirectAttributes flash)
            throws PricingException {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getOrderItems().isEmpty()) {
            return CartController.problem(flash, "cart.problem.couponEmptyCart");
        }
        OfferCode offerCode = code.trim().isEmpty() ? null : offerService.lookupOfferCodeByCode(code.trim());
        if (offerCode == null) {
            return CartController.problem(flash, "cart.problem.couponUnknown");
        }
        Money before = cart.getTotal();
        try {
            Order priced = orderService.addOfferCode(cart, offerCode, true);
            if (before != null && !priced.getTotal().lessThan(before)) {
                CartState.setCart(orderService.removeOfferCode(priced, offerCode, true));
                return CartController.problem(flash, "cart.problem.couponNotApplicable");
            }
            CartState.setCart(priced);
        } catch (OfferMaxUseExceededException usedUp) {
            return CartController.problem(flash, "cart.problem.couponUsed");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    public String remove(@RequestParam(value = "code", defaultValue = "") String code, RedirectAttributes flash)
            throws PricingException {
        Order cart = CartState.getCart();
        if (cart != null && !(cart instanceof NullOrderImpl)) {
            for (OfferCode added : cart.getAddedOfferCodes()) {
                if (added.getOfferCode().equalsIgnoreCase(code.trim())) {
                    CartState.setCart(orderService.removeOfferCode(cart, added, true));
                    return "redirect:/cart";
                }
            }
        }
        return CartController.problem(flash, "cart.problem.couponUnknown");
    }
}
