package io.concierge.demo.web.account;

import io.concierge.demo.web.OrderView;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import javax.annotation.Resource;

/** The signed-in shopper's account: who they are and the orders they placed, newest first. */
@Controller
public class AccountController {

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @RequestMapping(value = "/account", method = RequestMethod.GET)
    public String account(Model model) {
        Customer shopper = CustomerState.getCustomer();
        model.addAttribute("shopper", shopper);
        model.addAttribute("orders", placedOrders(shopper));
        return "account";
    }

    private List<OrderView> placedOrders(Customer shopper) {
        List<Order> placed = new ArrayList<Order>();
        for (Order order : orderService.findOrdersForCustomer(shopper)) {
            if (order.getSubmitDate() != null && !OrderStatus.IN_PROCESS.equals(order.getStatus())
                    && !OrderStatus.NAMED.equals(order.getStatus())) {
                placed.add(order);
            }
        }
        Collections.sort(placed, new Comparator<Order>() {
            @Override
            public int compare(Order a, Order b) {
                return b.getSubmitDate().compareTo(a.getSubmitDate());
            }
        });
        List<OrderView> views = new ArrayList<OrderView>();
        for (Order order : placed) {
            views.add(new OrderView(order));
        }
        return views;
    }
}
