package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.ChangeOutcome;
import io.concierge.core.helpcenter.orders.OrderChangeService;
import io.concierge.core.helpcenter.orders.ReturnRules;
import io.concierge.core.helpcenter.orders.UnknownOrderException;
import io.concierge.core.kernel.orders.ReturnedItems;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Returns and the EU right of withdrawal, for a delivered order this request may see (guests included):
 * {@code /help/orders/{n}/return} asks which items, how many and why (a reason from the merchant's list);
 * {@code /help/orders/{n}/withdraw} takes two steps, as EU law wants a withdrawal button and a confirmation: the first
 * page lists the items (all of them unless the shopper keeps some) under "Withdraw from the contract", the second
 * says who withdraws from what and where the receipt goes, under "Confirm the withdrawal". Whether the period is
 * still open is the service's decision, taken with the change; a refusal returns to the order page with its reason.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class ReturnsController {

    static final String RETURN_VIEW = "helpcenter/return";
    static final String WITHDRAW_VIEW = "helpcenter/withdraw";
    /** Request parameters {@code qty-<order item id>}: how many of the item the return covers. */
    static final String QUANTITY_PREFIX = "qty-";

    @Resource(name = "cncOrderChangeService")
    protected OrderChangeService changes;

    @Resource(name = "cncOrderChangeReplies")
    protected OrderChangeReplies replies;

    @Resource(name = "cncReasonLabels")
    protected ReasonLabels reasonLabels;

    /** One line of the form: an order item, how many were ordered and how many are chosen. */
    public static final class ItemChoice {
        private final long id;
        private final String name;
        private final int ordered;
        private final int chosen;

        ItemChoice(OrderItem item, int chosen) {
            this.id = item.getId();
            this.name = item.getName();
            this.ordered = item.getQuantity();
            this.chosen = chosen;
        }

        public long getId() { return id; }

        public String getName() { return name; }

        public int getOrdered() { return ordered; }

        public int getChosen() { return chosen; }

        public String getField() { return QUANTITY_PREFIX + id; }
    }

    @RequestMapping(value = "/help/orders/{orderNumber}/return", method = RequestMethod.GET)
    public String returnForm(@PathVariable("orderNumber") String orderNumber, HttpServletRequest request, Model model) {
        Order order = replies.visible(orderNumber, request);
        return returnPage(order, null, null, Collections.<String, String>emptyMap(), model);
    }

    @RequestMapping(value = "/help/orders/{orderNumber}/return", method = RequestMethod.POST)
    public String requestReturn(@PathVariable("orderNumber") String orderNumber,
                                @RequestParam(value = "reason", required = false) String reason,
                                HttpServletRequest request, HttpServletResponse response, Model model,
                                RedirectAttributes redirect) {
        Order order = replies.visible(orderNumber, request);
        ReturnedItems items = chosenItems(order, request);
        Long reasonId = number(reason);
        ChangeOutcome outcome;
        try {
            outcome = changes.requestReturn(order.getId(), replies.requester(order, request), items, reasonId);
        } catch (UnknownOrderException deletedMeanwhile) {
            throw new PageNotFoundException();
        }
        if (!outcome.fieldErrors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return returnPage(order, items, reasonId, outcome.fieldErrors(), model);
        }
        return replies.backToOrder(order, outcome, "helpcenter.return.done", redirect);
    }

    @RequestMapping(value = "/help/orders/{orderNumber}/withdraw", method = RequestMethod.GET)
    public String withdrawalForm(@PathVariable("orderNumber") String orderNumber, HttpServletRequest request,
                                 Model model) {
        Order order = replies.visible(orderNumber, request);
        return withdrawalPage(order, null, false, Collections.<String, String>emptyMap(), model);
    }

    /** Without {@code confirmed}, the first step's button: the confirmation page; with it, the withdrawal. */
    @RequestMapping(value = "/help/orders/{orderNumber}/withdraw", method = RequestMethod.POST)
    public String withdraw(@PathVariable("orderNumber") String orderNumber,
                           @RequestParam(value = "confirmed", defaultValue = "false") boolean confirmed,
                           HttpServletRequest request, HttpServletResponse response, Model model,
                           RedirectAttributes redirect) {
        Order order = replies.visible(orderNumber, request);
        ReturnedItems items = chosenItems(order, request);
        Map<String, String> problems = ReturnRules.violations(items, BroadleafOrders.quantitiesOf(order));
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return withdrawalPage(order, items, false, problems, model);
        }
        if (!confirmed) {
            return withdrawalPage(order, items, true, problems, model);
        }
        ChangeOutcome outcome;
        try {
            outcome = changes.withdraw(order.getId(), replies.requester(order, request), items);
        } catch (UnknownOrderException deletedMeanwhile) {
            throw new PageNotFoundException();
        }
        if (!outcome.fieldErrors().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return withdrawalPage(order, items, false, outcome.fieldErrors(), model);
        }
        return replies.backToOrder(order, outcome, "helpcenter.withdraw.done", redirect);
    }

    private String returnPage(Order order, ReturnedItems chosen, Long reasonId, Map<String, String> problems,
                              Model model) {
        model.addAttribute("orderNumber", order.getOrderNumber());
        model.addAttribute("items", choices(order, chosen, 0));
        model.addAttribute("reasons", reasonLabels.labelled(changes.returnReasons(), "helpcenter.returnReason."));
        model.addAttribute("chosenReason", reasonId);
        model.addAttribute("problems", problems);
        return RETURN_VIEW;
    }

    private String withdrawalPage(Order order, ReturnedItems chosen, boolean confirming, Map<String, String> problems,
                                  Model model) {
        model.addAttribute("orderNumber", order.getOrderNumber());
        List<ItemChoice> choices = choices(order, chosen, -1);
        if (confirming) {
            List<ItemChoice> covered = new ArrayList<ItemChoice>();
            for (ItemChoice choice : choices) {
                if (choice.getChosen() > 0) {
                    covered.add(choice);
                }
            }
            choices = covered;
            model.addAttribute("customerName", BroadleafOrders.customerNameOf(order));
            model.addAttribute("receiptTo", BroadleafOrders.emailOf(order));
        }
        model.addAttribute("items", choices);
        model.addAttribute("confirming", confirming);
        model.addAttribute("problems", problems);
        return WITHDRAW_VIEW;
    }

    /** The order's items with the quantities chosen; before any choice, {@code preset} (-1: all of each). */
    private static List<ItemChoice> choices(Order order, ReturnedItems chosen, int preset) {
        List<ItemChoice> choices = new ArrayList<ItemChoice>();
        for (OrderItem item : order.getOrderItems()) {
            int quantity = chosen != null ? chosen.quantityOf(item.getId()) : preset < 0 ? item.getQuantity() : preset;
            choices.add(new ItemChoice(item, quantity));
        }
        return choices;
    }

    /** The quantities the form sent for the order's items; anything but a whole number counts as -1 (refused). */
    private static ReturnedItems chosenItems(Order order, HttpServletRequest request) {
        Map<Long, Integer> quantities = new LinkedHashMap<Long, Integer>();
        for (OrderItem item : order.getOrderItems()) {
            String sent = request.getParameter(QUANTITY_PREFIX + item.getId());
            if (sent != null && !sent.trim().isEmpty()) {
                Long quantity = number(sent);
                quantities.put(item.getId(), quantity == null || quantity > Integer.MAX_VALUE ? -1 : quantity.intValue());
            }
        }
        return ReturnedItems.of(quantities);
    }

    private static Long number(String text) {
        try {
            return text == null || text.trim().isEmpty() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
