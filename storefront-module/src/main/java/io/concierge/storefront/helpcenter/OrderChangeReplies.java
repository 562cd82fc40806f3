package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.ChangeOutcome;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.Requester;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.storefront.kernel.PageNotFoundException;
import io.concierge.storefront.kernel.ShopperLocale;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Date;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * What the order-change pages share: the order this request may see (else the store's 404), who asks, and the way
 * back to the order page with what happened: done, or refused with the reason and since when.
 */
@Component("cncOrderChangeReplies")
public class OrderChangeReplies {

    @Resource(name = "cncOrderAccess")
    protected OrderAccess access;

    @Resource(name = "cncOrderTimelineService")
    protected OrderTimelineService timelines;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @Resource(name = "messageSource")
    protected MessageSource messages;

    /** @throws PageNotFoundException when this request may not see the order */
    Order visible(String orderNumber, HttpServletRequest request) {
        Order order = access.visibleOrder(orderNumber, request);
        if (order == null) {
            throw new PageNotFoundException();
        }
        return order;
    }

    Requester requester(Order order, HttpServletRequest request) {
        return access.requester(order, clientAddresses.of(request));
    }

    /** A time on these pages: the shopper's language, the store's time zone. */
    String moment(Date time) {
        return new OrderPage.Times(ShopperLocale.current().getLocale(), timelines.options().getTimeZone()).moment(time);
    }

    /** The order page, with the message {@code doneKey} (argument: when it was done) or the refusal's. */
    String backToOrder(Order order, ChangeOutcome outcome, String doneKey, RedirectAttributes redirect) {
        String notice;
        if (outcome.isMade()) {
            notice = message(doneKey, moment(outcome.audit().getChangedAt()));
        } else {
            String since = moment(outcome.refusal().since());
            notice = message(outcome.refusal().messageKey(), since == null ? "" : since);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + OrderPaths.page(order.getOrderNumber());
    }

    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ShopperLocale.current().getLocale());
    }
}
