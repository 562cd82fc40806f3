package io.concierge.core.helpcenter.orders;

import io.concierge.core.helpcenter.HelpCenter;
import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.GuideReference;
import io.concierge.core.kernel.Language;
import io.concierge.core.kernel.ShopperGuides;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.kernel.StorefrontUrl;
import io.concierge.core.kernel.mail.MailFormats;
import io.concierge.core.kernel.mail.MailOutbox;
import io.concierge.core.kernel.mail.MailTemplates;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventListener;
import io.concierge.core.kernel.orders.ReturnedItems;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * The help center's proactive mails ({@link OrderMail}): for each newly recorded event that causes one and is
 * switched on, the mail in the order's language goes into the outbox in the event's own transaction, under a key
 * naming the event, so one event never makes two mails and a rolled-back event makes none.
 */
@Component("cncOrderMails")
public class OrderMails implements OrderEventListener {

    /** Getting-started guides in the delivered mail, at most. */
    static final int MAX_GUIDES = 5;

    private static final Log LOG = LogFactory.getLog(OrderMails.class);

    @Resource(name = "cncMailOutbox")
    protected MailOutbox outbox;

    @Resource(name = "cncMailTemplates")
    protected MailTemplates templates;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Resource(name = "cncCapabilitySwitches")
    protected CapabilitySwitchService switches;

    @Resource(name = "cncBroadleafOrders")
    protected BroadleafOrders orders;

    @Resource(name = "cncStorefrontUrl")
    protected StorefrontUrl storefrontUrl;

    /** The knowledge base's guides; absent when the knowledge base is not installed. */
    @Autowired(required = false)
    protected ShopperGuides guides;

    private OrderMailLinks links;

    @PostConstruct
    public void init() {
        links = new OrderMailLinks(storefrontUrl);
    }

    @Override
    public void eventRecorded(OrderEvent event) {
        OrderMail mail = OrderMail.causedBy(event.getType());
        // While the help center is switched off its timeline still follows the orders, but it mails nobody.
        if (mail == null || !switches.isOn(HelpCenter.KEY)
                || !storeOptions.read(HelpCenterOptionsImpl.class).isMailOn(mail)) {
            return;
        }
        Order order = orders.find(event.getOrderId());
        String recipient = BroadleafOrders.emailOf(order);
        if (recipient == null) {
            LOG.warn("order " + order.getOrderNumber() + " has no e-mail address: no " + mail.key() + " mail");
            return;
        }
        Locale locale = orders.localeOf(order);
        outbox.enqueue(mail.idempotencyKey(event), recipient,
                templates.render(mail.template(), locale, model(mail, order, event, locale)));
    }

    private Map<String, Object> model(OrderMail mail, Order order, OrderEvent event, Locale locale) {
        Customer customer = order.getCustomer();
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("orderNumber", order.getOrderNumber());
        model.put("firstName", customer == null ? null : customer.getFirstName());
        model.put("orderLink", links.order(order.getOrderNumber(), customer != null && customer.isRegistered()));
        model.put("items", items(order));
        model.put("shippingAddress", BroadleafOrders.shippingAddressLines(order));
        model.put("total", order.getTotal());
        model.put("occurredAt", event.getOccurredAt());
        model.put("carrier", event.getCarrier());
        model.put("trackingNumber", event.getTrackingNumber());
        model.put("trackingLink", event.getTrackingUrl());
        model.put("estimatedDelivery", event.getEstimatedDelivery() == null ? null
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(MailFormats.localeFor(locale))
                .format(event.getEstimatedDelivery()));
        model.put("reason", event.getReason());
        model.put("recordedAt", event.getRecordedAt());
        model.put("returnedItems", event.getReturnedItems() == null ? Collections.<Map<String, Object>>emptyList()
                : returnedLines(order, event.getReturnedItems()));
        Language language = Language.forLocale(locale);
        model.put("guides", mail == OrderMail.DELIVERED ? gettingStarted(order, language)
                : Collections.<Map<String, String>>emptyList());
        model.put("delayGuide", mail == OrderMail.DELAY && guides != null
                ? guideLink(guides.taggedWith(OrderMail.DELAY_GUIDE_TAG, language)) : null);
        return model;
    }

    private static List<Map<String, Object>> items(Order order) {
        List<Map<String, Object>> items = new ArrayList<Map<String, Object>>();
        for (OrderItem item : order.getOrderItems()) {
            Map<String, Object> line = new HashMap<String, Object>();
            line.put("name", item.getName());
            line.put("quantity", item.getQuantity());
            line.put("total", item.getTotalPrice());
            items.add(line);
        }
        return items;
    }

    private static List<Map<String, Object>> returnedLines(Order order, ReturnedItems returned) {
        List<Map<String, Object>> lines = new ArrayList<Map<String, Object>>();
        for (OrderItem item : order.getOrderItems()) {
            if (returned.quantityOf(item.getId()) > 0) {
                Map<String, Object> line = new HashMap<String, Object>();
                line.put("name", item.getName());
                line.put("quantity", returned.quantityOf(item.getId()));
                lines.add(line);
            }
        }
        return lines;
    }

    private List<Map<String, String>> gettingStarted(Order order, Language language) {
        List<Map<String, String>> found = new ArrayList<Map<String, String>>();
        if (guides == null) {
            return found;
        }
        Set<Long> productIds = new LinkedHashSet<Long>();
        for (Product product : BroadleafOrders.productsOf(order)) {
            productIds.add(product.getId());
        }
        for (GuideReference guide : guides.forProducts(productIds, language, MAX_GUIDES)) {
            found.add(guideLink(guide));
        }
        return found;
    }

    private Map<String, String> guideLink(GuideReference guide) {
        if (guide == null) {
            return null;
        }
        Map<String, String> link = new HashMap<String, String>();
        link.put("title", guide.getTitle());
        link.put("url", links.page(guide.getPath()));
        return link;
    }
}
