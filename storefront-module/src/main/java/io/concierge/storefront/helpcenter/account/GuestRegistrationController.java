package io.concierge.storefront.helpcenter.account;

import io.concierge.core.helpcenter.account.ProfileOutcome;
import io.concierge.core.helpcenter.account.ShopperProfileService;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Registration at the end of a guest checkout: the confirmation page's form (the widget
 * {@code /helpcenter/account/widgets.ftl}, macro {@code keepDetails}) posts a password to
 * {@code /help/orders/{orderNumber}/keep-details}; the order's own (anonymous) customer becomes a registered one with
 * the order's e-mail, so the account owns the order, and the shopper is signed in. Only the session that placed the
 * order may do it (anyone else: the store's 404), once.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class GuestRegistrationController {

    static final String VIEW = "helpcenter/account/register";

    @Resource(name = "cncShopperProfileService")
    protected ShopperProfileService profiles;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @Resource(name = "cncShopperSignIn")
    protected ShopperSignIn signIn;

    @RequestMapping(value = "/help/orders/{orderNumber}/keep-details", method = RequestMethod.POST)
    public String register(@PathVariable("orderNumber") String orderNumber,
                           @RequestParam(value = "password", required = false) String password,
                           @RequestParam(value = "repeatPassword", required = false) String repeatPassword,
                           Model model, RedirectAttributes redirect, HttpServletRequest request,
                           HttpServletResponse response) {
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        Customer session = CustomerState.getCustomer();
        if (order == null || session == null || order.getCustomer() == null
                || !order.getCustomer().getId().equals(session.getId())) {
            throw new PageNotFoundException();
        }
        ProfileOutcome outcome = profiles.registerGuestOrder(order.getId(), session.getId(),
                clientAddresses.of(request), password, repeatPassword);
        if (!outcome.isMade()) {
            response.setStatus(outcome.fieldErrors().containsKey(ProfileOutcome.FORM)
                    ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("orderNumber", order.getOrderNumber());
            model.addAttribute("problems", outcome.fieldErrors());
            return VIEW;
        }
        String email = BroadleafOrders.emailOf(order);
        if (signIn.signIn(email, password, request)) {
            redirect.addFlashAttribute("done", "helpcenter.register.done");
            return "redirect:/account";
        }
        return "redirect:/login";
    }

}
