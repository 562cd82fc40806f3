package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.BroadleafOrderChanges;
import io.concierge.core.helpcenter.orders.ChangeOutcome;
import io.concierge.core.helpcenter.orders.NewAddress;
import io.concierge.core.helpcenter.orders.OrderChangeService;
import io.concierge.core.helpcenter.orders.UnknownOrderException;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The shopper's own changes, applied at once: a new shipping address ({@code /help/orders/{n}/address}) and the
 * cancellation ({@code /help/orders/{n}/cancel}), each a page that asks, then a POST. The order is the one
 * {@link OrderAccess} lets this request see (else the store's 404, {@link OrderChangeReplies}); whether the change is still allowed is the
 * service's decision, taken in the same transaction as the change, and a refusal comes back to the order page with
 * its reason and since when.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class OrderChangesController {

    static final String ADDRESS_VIEW = "helpcenter/address";
    static final String CANCEL_VIEW = "helpcenter/cancel";
    static final String ADDRESS_FORM = "address";

    @Resource(name = "cncOrderChangeService")
    protected OrderChangeService changes;

    @Resource(name = "cncOrderChangeReplies")
    protected OrderChangeReplies replies;

    @Resource(name = "cncBroadleafOrderChanges")
    protected BroadleafOrderChanges broadleafOrders;

    @RequestMapping(value = "/help/orders/{orderNumber}/address", method = RequestMethod.GET)
    public String addressForm(@PathVariable("orderNumber") String orderNumber, HttpServletRequest request,
                              Model model) {
        Order order = replies.visible(orderNumber, request);
        model.addAttribute("orderNumber", order.getOrderNumber());
        model.addAttribute(ADDRESS_FORM, BroadleafOrderChanges.addressOf(broadleafOrders.shippingAddressOf(order)));
        return ADDRESS_VIEW;
    }

    @RequestMapping(value = "/help/orders/{orderNumber}/address", method = RequestMethod.POST)
    public String changeAddress(@PathVariable("orderNumber") String orderNumber,
                                @ModelAttribute(ADDRESS_FORM) NewAddress address, Model model,
                                RedirectAttributes redirect, HttpServletRequest request,
                                HttpServletResponse response) {
        Order order = replies.visible(orderNumber, request);
        ChangeOutcome outcome;
        try {
            outcome = changes.changeShippingAddress(order.getId(),
                    replies.requester(order, request), address);
        } catch (UnknownOrderException deletedMeanwhile) {
            throw new PageNotFoundException();
        }
        if (!outcome.fieldErrors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("orderNumber", order.getOrderNumber());
            model.addAttribute("problems", outcome.fieldErrors());
            return ADDRESS_VIEW;
        }
        return replies.backToOrder(order, outcome, "helpcenter.change.addressChanged", redirect);
    }

    @RequestMapping(value = "/help/orders/{orderNumber}/cancel", method = RequestMethod.GET)
    public String cancelConfirmation(@PathVariable("orderNumber") String orderNumber, HttpServletRequest request,
                                     Model model) {
        model.addAttribute("orderNumber", replies.visible(orderNumber, request).getOrderNumber());
        return CANCEL_VIEW;
    }

    @RequestMapping(value = "/help/orders/{orderNumber}/cancel", method = RequestMethod.POST)
    public String cancel(@PathVariable("orderNumber") String orderNumber, RedirectAttributes redirect,
                         HttpServletRequest request) {
        Order order = replies.visible(orderNumber, request);
        ChangeOutcome outcome;
        try {
            outcome = changes.cancel(order.getId(), replies.requester(order, request));
        } catch (UnknownOrderException deletedMeanwhile) {
            throw new PageNotFoundException();
        }
        return replies.backToOrder(order, outcome, "helpcenter.change.cancelled", redirect);
    }
}
