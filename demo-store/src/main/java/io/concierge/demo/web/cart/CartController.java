package io.concierge.demo.web.cart;

import io.concierge.core.loyalty.LoyaltyEarlyAccessRefused;
import io.concierge.demo.web.OrderView;
import io.concierge.storefront.loyalty.EarlyAccessWidget;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.exception.AddToCartException;
import org.broadleafcommerce.core.order.service.exception.RemoveFromCartException;
import org.broadleafcommerce.core.order.service.exception.UpdateCartException;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;

/**
 * The shopper's cart, guest or signed in: add a product, change a quantity, remove a line. Broadleaf's cart state
 * filter has already found the cart for this request; bad input leaves it unchanged and says why, as does a product
 * held back for loyalty's early access (Broadleaf's add-to-cart workflow refuses it).
 */
@Controller
@RequestMapping("/cart")
public class CartController {

    private static final Log LOG = LogFactory.getLog(CartController.class);
    static final int MAX_QUANTITY = 99;
    static final String PROBLEM = "cartProblem";
    static final String PROBLEM_ARGUMENTS = "cartProblemArguments";

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "cncEarlyAccessWidget")
    protected EarlyAccessWidget earlyAccessNotes;

    @RequestMapping(method = RequestMethod.GET)
    public String cart(Model model) {
        model.addAttribute("cart", new OrderView(CartState.getCart()));
        return "cart";
    }

    @RequestMapping(value = "/add", method = RequestMethod.POST)
    public String add(@RequestParam(value = "productId", required = false) Long productId,
                      @RequestParam(value = "quantity", defaultValue = "1") String quantity,
                      RedirectAttributes flash) throws PricingException {
        Product product = productId == null ? null : catalogService.findProductById(productId);
        Integer amount = CartQuantities.parse(quantity, 1, MAX_QUANTITY);
        if (product == null || !product.isActive() || product.getDefaultSku() == null) {
            return problem(flash, "cart.problem.unknownProduct");
        }
        if (amount == null) {
            return problem(flash, "cart.problem.quantity");
        }
        try {
            Order cart = currentOrNewCart();
            cart = orderService.addItem(cart.getId(),
                    new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), amount), true);
            CartState.setCart(cart);
        } catch (AddToCartException refused) {
            LoyaltyEarlyAccessRefused earlyAccessOnly = LoyaltyEarlyAccessRefused.in(refused);
            if (earlyAccessOnly != null) {
                flash.addFlashAttribute(PROBLEM_ARGUMENTS, earlyAccessNotes.refusalArguments(earlyAccessOnly));
                return problem(flash, "loyalty.earlyAccess.refused");
            }
            LOG.info("Broadleaf refused to add product " + productId + " to the cart: " + refused.getMessage());
            return problem(flash, "cart.problem.unavailable");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/update", method = RequestMethod.POST)
    public String update(@RequestParam(value = "itemId", required = false) Long itemId,
                         @RequestParam(value = "quantity", defaultValue = "") String quantity,
                         RedirectAttributes flash) throws PricingException {
        Order cart = CartState.getCart();
        Integer amount = CartQuantities.parse(quantity, 0, MAX_QUANTITY);
        if (!holds(cart, itemId)) {
            return problem(flash, "cart.problem.unknownItem");
        }
        if (amount == null) {
            return problem(flash, "cart.problem.quantity");
        }
        try {
            CartState.setCart(amount == 0
                    ? orderService.removeItem(cart.getId(), itemId, true)
                    : orderService.updateItemQuantity(cart.getId(), itemQuantity(itemId, amount), true));
        } catch (UpdateCartException refused) {
            return problem(flash, "cart.problem.unavailable");
        } catch (RemoveFromCartException refused) {
            return problem(flash, "cart.problem.unavailable");
        }
        return "redirect:/cart";
    }

    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    public String remove(@RequestParam(value = "itemId", required = false) Long itemId,
                         RedirectAttributes flash) throws PricingException {
        Order cart = CartState.getCart();
        if (!holds(cart, itemId)) {
            return problem(flash, "cart.problem.unknownItem");
        }
        try {
            CartState.setCart(orderService.removeItem(cart.getId(), itemId, true));
        } catch (RemoveFromCartException refused) {
            return problem(flash, "cart.problem.unavailable");
        }
        return "redirect:/cart";
    }

    private Order currentOrNewCart() {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl) {
            cart = orderService.createNewCartForCustomer(CustomerState.getCustomer());
        }
        return cart;
    }

    /** Only lines of the shopper's own cart may be changed. */
    private static boolean holds(Order cart, Long itemId) {
        if (cart == null || cart instanceof NullOrderImpl || itemId == null) {
            return false;
        }
        for (OrderItem item : cart.getOrderItems()) {
            if (itemId.equals(item.getId())) {
                return true;
            }
        }
        return false;
    }

    private static OrderItemRequestDTO itemQuantity(Long itemId, int quantity) {
        OrderItemRequestDTO request = new OrderItemRequestDTO();
        request.setOrderItemId(itemId);
        request.setQuantity(quantity);
        return request;
    }

    static String problem(RedirectAttributes flash, String messageKey) {
        flash.addFlashAttribute(PROBLEM, messageKey);
        return "redirect:/cart";
    }
}
