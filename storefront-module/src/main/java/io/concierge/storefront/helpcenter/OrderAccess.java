package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.Requester;
import io.concierge.storefront.kernel.SignedInShoppers;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * Who may see (and act on) a placed order on the help center's pages: the signed-in customer who placed it, or a
 * browser session that the guest order lookup granted it to. Everyone else is told nothing, not even that the order
 * exists: callers answer the store's 404 as for an unknown number. Bean {@code cncOrderAccess}; every handler of an
 * order page or order action asks here.
 */
@Component("cncOrderAccess")
public class OrderAccess {

    /** Longer than any order number: a longer one is not looked up. */
    static final int MAX_ORDER_NUMBER_LENGTH = 64;

    static final String GRANTED_ORDERS = OrderAccess.class.getName() + ".granted";

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    /** @return the placed order with this number when this request may see it, else null (unknown or not theirs) */
    public Order visibleOrder(String orderNumber, HttpServletRequest request) {
        Order order = placedOrder(orderNumber);
        return order != null && mayView(order, CustomerState.getCustomer(), granted(request)) ? order : null;
    }

    /** @return the placed order with this number, whoever asks, or null (none, or still a cart) */
    public Order placedOrder(String orderNumber) {
        if (orderNumber == null || orderNumber.isEmpty() || orderNumber.length() > MAX_ORDER_NUMBER_LENGTH) {
            return null;
        }
        Order order = orderService.findOrderByOrderNumber(orderNumber);
        return order != null && BroadleafOrders.isPlaced(order) ? order : null;
    }

    /** After a successful lookup: this browser session may see the order until the session ends. */
    public void grant(HttpServletRequest request, Order order) {
        HttpSession session = request.getSession();
        synchronized (session) {
            Set<Long> granted = new HashSet<Long>(granted(request));
            granted.add(order.getId());
            // A new set each time: a replicated session notices a changed attribute, not a changed value.
            session.setAttribute(GRANTED_ORDERS, granted);
        }
    }

    /**
     * Who is changing a visible order, for its audit trail: the signed-in owner, or else the guest the lookup let
     * in (a guest is told apart by the client address only).
     */
    public Requester requester(Order order, String clientAddress) {
        Customer shopper = CustomerState.getCustomer();
        return isOwner(order, shopper) ? Requester.shopper(shopper.getId(), clientAddress)
                : Requester.guest(clientAddress);
    }

    static boolean mayView(Order order, Customer shopper, Set<Long> grantedOrderIds) {
        return grantedOrderIds.contains(order.getId()) || isOwner(order, shopper);
    }

    /** A guest checkout's anonymous customer owns nothing: a guest proves the order with the lookup. */
    static boolean isOwner(Order order, Customer shopper) {
        return SignedInShoppers.signedIn(shopper) && order.getCustomer() != null
                && shopper.getId().equals(order.getCustomer().getId());
    }

    @SuppressWarnings("unchecked")
    private static Set<Long> granted(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object granted = session == null ? null : session.getAttribute(GRANTED_ORDERS);
        return granted instanceof Set ? (Set<Long>) granted : Collections.<Long>emptySet();
    }
}
