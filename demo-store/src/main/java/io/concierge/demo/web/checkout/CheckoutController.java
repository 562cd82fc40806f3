package io.concierge.demo.web.checkout;

import io.concierge.demo.web.OrderView;
import io.concierge.demo.web.PageNotFoundException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.checkout.service.exception.CheckoutException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;

/** Checkout for guests and signed-in shoppers, and the confirmation page of the order just placed. */
@Controller
public class CheckoutController {

    private static final Log LOG = LogFactory.getLog(CheckoutController.class);
    static final String FORM = "checkout";

    @Resource(name = "demoNullGatewayCheckout")
    protected NullGatewayCheckout checkout;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @RequestMapping(value = "/checkout", method = RequestMethod.GET)
    public String form(Model model) {
        OrderView cart = new OrderView(CartState.getCart());
        if (cart.isEmpty()) {
            return "redirect:/cart";
        }
        model.addAttribute(FORM, prefilled(CustomerState.getCustomer()));
        return page(model, cart);
    }

    @RequestMapping(value = "/checkout", method = RequestMethod.POST)
    public String placeOrder(@ModelAttribute(FORM) CheckoutForm form, BindingResult errors, Model model) {
        Order cart = CartState.getCart();
        OrderView cartView = new OrderView(cart);
        if (cartView.isEmpty()) {
            return "redirect:/cart";
        }
        new CheckoutFormValidator(checkout.statesByCountry(), checkout.shippingOptionIds()).validate(form, errors);
        if (errors.hasErrors()) {
            return page(model, cartView);
        }
        try {
            Order order = checkout.placeOrder(cart, form);
            return "redirect:/confirmation/" + order.getOrderNumber();
        } catch (CheckoutException failed) {
            LOG.warn("Checkout of order " + cart.getId() + " failed", failed);
        } catch (PricingException failed) {
            LOG.warn("Pricing of order " + cart.getId() + " failed at checkout", failed);
        }
        errors.reject("checkout.problem.failed");
        return page(model, new OrderView(CartState.getCart()));
    }

    /** Only the shopper who placed the order may see it; anyone else gets the store's 404 page. */
    @RequestMapping(value = "/confirmation/{orderNumber}", method = RequestMethod.GET)
    public String confirmation(@PathVariable("orderNumber") String orderNumber, Model model) {
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        Customer shopper = CustomerState.getCustomer();
        if (order == null || OrderStatus.IN_PROCESS.equals(order.getStatus()) || shopper == null
                || order.getCustomer() == null || !order.getCustomer().getId().equals(shopper.getId())) {
            throw new PageNotFoundException();
        }
        model.addAttribute("order", new OrderView(order));
        // A guest may keep their details: the help center's offer, when it is on (see confirmation.ftl).
        model.addAttribute("guest", !shopper.isRegistered());
        return "confirmation";
    }

    private String page(Model model, OrderView cart) {
        model.addAttribute("cart", cart);
        model.addAttribute("shippingOptions", checkout.shippingOptions());
        model.addAttribute("countries", checkout.statesByCountry());
        return "checkout";
    }

    private static CheckoutForm prefilled(Customer shopper) {
        CheckoutForm form = new CheckoutForm();
        if (shopper != null && shopper.isRegistered()) {
            form.setEmail(shopper.getEmailAddress());
            form.setFirstName(shopper.getFirstName());
            form.setLastName(shopper.getLastName());
        }
        return form;
    }
}
