package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import io.concierge.storefront.kernel.ShopperLocale;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.Date;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * The order page, {@code /help/orders/{orderNumber}}, for whoever {@link OrderAccess} lets see the order; anyone
 * else gets the store's 404, as for an order that does not exist.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class OrderPageController {

    @Resource(name = "cncOrderAccess")
    protected OrderAccess access;

    @Resource(name = "cncOrderTimelineService")
    protected OrderTimelineService timelines;

    @RequestMapping(value = "/help/orders/{orderNumber}", method = RequestMethod.GET)
    public String order(@PathVariable("orderNumber") String orderNumber, HttpServletRequest request, Model model) {
        Order order = access.visibleOrder(orderNumber, request);
        if (order == null) {
            throw new PageNotFoundException();
        }
        model.addAttribute("order", new OrderPage(order, timelines.timeline(order.getId()), timelines.options(),
                ShopperLocale.current(), new Date()));
        return "helpcenter/order";
    }
}
