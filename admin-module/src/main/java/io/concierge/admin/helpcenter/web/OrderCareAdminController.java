package io.concierge.admin.helpcenter.web;

import io.concierge.core.helpcenter.orders.ChangeOutcome;
import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderChangeRules;
import io.concierge.core.helpcenter.orders.OrderChangeService;
import io.concierge.core.helpcenter.orders.OrderTimeline;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.RefusedOrderEventException;
import io.concierge.core.helpcenter.orders.Requester;
import io.concierge.core.helpcenter.orders.UnknownOrderException;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.core.kernel.orders.OrderEventType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The admin's "Order care" page: a care agent finds an order by its number, reads its timeline and its audit trail
 * (every change, by whom, from where, before and after; never editable), and records what the warehouse or the
 * carrier did: picked, shipped (carrier, tracking, estimate), out for delivery, delivered, delayed (reason, new
 * estimate), a return received; and refunds a return through the payments' gateways. The page lists the returns and
 * withdrawals that wait for the goods or the refund. The events go through the same rules as every other source; a refused one is shown with its reason and
 * records nothing. Reading needs Broadleaf's permission to read orders, recording the one to update them.
 */
@Controller("cncOrderCareAdminController")
@RequestMapping("/" + OrderCareAdminController.SECTION_KEY)
public class OrderCareAdminController extends AdminAbstractController {

    /** The section's URL (HelpCenterAdminRows). */
    public static final String SECTION_KEY = "order-care";

    /** What an agent records here; the rest comes from the checkout, the shopper or the returns flow. */
    static final List<OrderEventType> AGENT_EVENTS = Arrays.asList(OrderEventType.PICKED, OrderEventType.SHIPPED,
            OrderEventType.OUT_FOR_DELIVERY, OrderEventType.DELIVERED, OrderEventType.DELAYED,
            OrderEventType.RETURN_RECEIVED);

    /** Open returns listed on the page, at most. */
    static final int MAX_OPEN_RETURNS = 50;

    private static final String ORDER_ENTITY = Order.class.getName();

    private static final Log LOG = LogFactory.getLog(OrderCareAdminController.class);

    @Resource(name = "cncOrderTimelineService")
    protected OrderTimelineService timelines;

    @Resource(name = "cncOrderChangeService")
    protected OrderChangeService changes;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String view(Model model, @RequestParam(value = "orderNumber", required = false) String orderNumber)
            throws ServiceException {
        adminRemoteSecurityService.securityCheck(ORDER_ENTITY, EntityOperationType.FETCH);
        String number = orderNumber == null ? null : orderNumber.trim();
        Long orderId = number == null || number.isEmpty() ? null : timelines.orderIdOf(number);
        model.addAttribute("orderNumber", number);
        model.addAttribute("notFound", number != null && !number.isEmpty() && orderId == null);
        model.addAttribute("openReturns", changes.openReturns(MAX_OPEN_RETURNS));
        if (orderId != null) {
            OrderTimeline timeline = timelines.timeline(orderId);
            model.addAttribute("timeline", timeline);
            model.addAttribute("status", timeline.status());
            model.addAttribute("auditTrail", changes.auditTrail(orderId));
            model.addAttribute("agentEvents", AGENT_EVENTS);
            model.addAttribute("mayRecord", mayUpdateOrders());
            model.addAttribute("mayRefund", OrderChangeRules.refundRefusal(timeline) == null);
        }
        model.addAttribute("viewType", "concierge/orderCare");
        setModelAttributes(model, SECTION_KEY);
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/{orderNumber}/events", method = RequestMethod.POST)
    public String record(@PathVariable("orderNumber") String orderNumber,
                         @RequestParam("type") String type,
                         @RequestParam(value = "carrier", defaultValue = "") String carrier,
                         @RequestParam(value = "trackingNumber", defaultValue = "") String trackingNumber,
                         @RequestParam(value = "trackingUrl", defaultValue = "") String trackingUrl,
                         @RequestParam(value = "estimatedDelivery", defaultValue = "") String estimatedDelivery,
                         @RequestParam(value = "reason", defaultValue = "") String reason,
                         RedirectAttributes redirect) throws ServiceException {
        adminRemoteSecurityService.securityCheck(ORDER_ENTITY, EntityOperationType.UPDATE);
        redirect.addAttribute("orderNumber", orderNumber);
        Long orderId = timelines.orderIdOf(orderNumber);
        OrderEventType eventType = OrderEventType.fromKey(type);
        LocalDate estimate = parseDay(estimatedDelivery);
        if (orderId == null || eventType == null || !AGENT_EVENTS.contains(eventType)
                || (!estimatedDelivery.trim().isEmpty() && estimate == null)) {
            redirect.addFlashAttribute("problem", "OrderCare_invalidEvent");
            return "redirect:/" + SECTION_KEY;
        }
        NewOrderEvent event = NewOrderEvent.byAgent(eventType,
                adminRemoteSecurityService.getPersistentAdminUser().getId())
                .estimatedDelivery(estimate).reason(reason);
        if (eventType == OrderEventType.SHIPPED) {
            event.shipment(carrier, trackingNumber, trackingUrl);
        }
        try {
            timelines.record(orderId, event);
            redirect.addFlashAttribute("recorded", "OrderCare_event_" + eventType.key());
        } catch (RefusedOrderEventException refused) {
            redirect.addFlashAttribute("problem", refused.refusal().messageKey());
        } catch (UnknownOrderException deletedMeanwhile) {
            redirect.addFlashAttribute("problem", "OrderCare_invalidEvent");
        }
        return "redirect:/" + SECTION_KEY;
    }

    @RequestMapping(value = "/{orderNumber}/refund", method = RequestMethod.POST)
    public String refund(@PathVariable("orderNumber") String orderNumber, HttpServletRequest request,
                         RedirectAttributes redirect) throws ServiceException {
        adminRemoteSecurityService.securityCheck(ORDER_ENTITY, EntityOperationType.UPDATE);
        redirect.addAttribute("orderNumber", orderNumber);
        Long orderId = timelines.orderIdOf(orderNumber);
        if (orderId == null) {
            redirect.addFlashAttribute("problem", "OrderCare_invalidEvent");
            return "redirect:/" + SECTION_KEY;
        }
        Requester agent = Requester.agent(adminRemoteSecurityService.getPersistentAdminUser().getId(),
                clientAddresses.of(request));
        try {
            ChangeOutcome outcome = changes.refundReturn(orderId, agent);
            if (outcome.isMade()) {
                redirect.addFlashAttribute("recorded", "OrderCare_refunded");
            } else {
                redirect.addFlashAttribute("problem", "OrderCare_refundRefused_" + outcome.refusal().reason().key());
            }
        } catch (UnknownOrderException deletedMeanwhile) {
            redirect.addFlashAttribute("problem", "OrderCare_invalidEvent");
        } catch (IllegalStateException declined) {
            LOG.warn("refund of order " + orderNumber + " failed", declined);
            redirect.addFlashAttribute("problem", "OrderCare_refundFailed");
        }
        return "redirect:/" + SECTION_KEY;
    }

    private boolean mayUpdateOrders() {
        try {
            adminRemoteSecurityService.securityCheck(ORDER_ENTITY, EntityOperationType.UPDATE);
            return true;
        } catch (ServiceException notAllowed) {
            return false;
        }
    }

    /** A day as the browser's date field sends it (yyyy-MM-dd); null for empty or anything else. */
    static LocalDate parseDay(String text) {
        try {
            return text == null || text.trim().isEmpty() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }
}
