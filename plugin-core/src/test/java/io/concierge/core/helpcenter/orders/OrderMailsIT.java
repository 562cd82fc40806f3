package io.concierge.core.helpcenter.orders;

import io.concierge.core.helpcenter.HelpCenter;
import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.kernel.mail.OutboxMail;
import io.concierge.core.kernel.mail.OutboxSender;
import io.concierge.core.kernel.orders.Actor;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.testing.BroadleafContextExtension;
import io.concierge.core.testing.SmtpTestServer;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order mails on the test database: events recorded through the timeline service for real Broadleaf orders put
 * their mails in the outbox, in the order's language, and the outbox's sender delivers them to GreenMail.
 */
@ExtendWith(BroadleafContextExtension.class)
class OrderMailsIT {

    private static final Date SHIPPED_AT = Date.from(Instant.parse("2026-12-01T15:30:00Z"));

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timelineService;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    @Resource(name = "cncCapabilitySwitches")
    CapabilitySwitchService switches;

    @Resource(name = "cncOutboxSender")
    OutboxSender sender;

    @Resource(name = "cncMailSender")
    JavaMailSenderImpl mailSender;

    @Resource(name = "blOrderService")
    OrderService orderService;

    @Resource(name = "blCustomerService")
    CustomerService customerService;

    @Resource(name = "blCatalogService")
    CatalogService catalogService;

    @Resource(name = "blLocaleService")
    LocaleService localeService;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    SmtpTestServer smtp;

    @BeforeEach
    void emptyOutboxAllMailsOnAndAServer() throws Exception {
        inTransaction(status -> em.createQuery("delete from OutboxMailImpl").executeUpdate());
        switchMail(OrderMail.DISPATCH, true);
        smtp = new SmtpTestServer();
        smtp.start();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(smtp.port());
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void eachEventOfAnOrderMakesItsMailInTheOrdersLanguageWithItsMoneyDatesAndLinks() throws Exception {
        Order order = order("pt_BR");
        record(order, OrderEventType.PLACED, "wh-placed");
        record(order, NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "warehouse").senderEventId("wh-shipped")
                .at(SHIPPED_AT).shipment("CTT", "RR123", "https://track.example/RR123")
                .estimatedDelivery(LocalDate.of(2026, 12, 3)));
        record(order, NewOrderEvent.fromIntegration(OrderEventType.DELAYED, "carrier").senderEventId("c-delay")
                .reason("Tempestade no centro de distribuição").estimatedDelivery(LocalDate.of(2026, 12, 5)));
        record(order, OrderEventType.DELIVERED, "c-delivered");

        List<OutboxMail> mails = mailsOf(order);
        assertThat(mails).extracting(OutboxMail::getSubject).containsExactly(
                "Pedido " + order.getOrderNumber() + " confirmado",
                "O pedido " + order.getOrderNumber() + " está a caminho",
                "O pedido " + order.getOrderNumber() + " está atrasado",
                "O pedido " + order.getOrderNumber() + " foi entregue");
        assertThat(mails).extracting(OutboxMail::getLocale).containsOnly("pt_BR");
        assertThat(mails).extracting(OutboxMail::getRecipient).containsOnly(order.getEmailAddress());
        long placedId = timelineService.timeline(order.getId()).events().get(0).getId();
        assertThat(mails.get(0).getIdempotencyKey())
                .isEqualTo("order-" + order.getId() + "-event-" + placedId + "-confirmation");
        assertThat(mails.get(0).getHtmlBody()).contains("Olá, Ana,", "2 × Lanterna", "50,00",
                "href=\"http://127.0.0.1:8080/help/orders/" + order.getOrderNumber() + "\"");
        assertThat(mails.get(0).getTextBody()).contains("Obrigado pelo seu pedido " + order.getOrderNumber());
        assertThat(mails.get(1).getHtmlBody()).contains("1 de dezembro de 2026", "Transportadora: CTT",
                "Código de rastreio: RR123", "href=\"https://track.example/RR123\"",
                "Previsão de entrega: 3 de dezembro de 2026");
        assertThat(mails.get(2).getTextBody()).contains("Motivo: Tempestade no centro de distribuição",
                "Nova previsão de entrega: 5 de dezembro de 2026");

        assertThat(sender.sendDueMails()).isEqualTo(4);
        MimeMessage[] received = smtp.received();
        assertThat(received).hasSize(4);
        assertThat(received[1].getSubject()).isEqualTo(mails.get(1).getSubject());
    }

    @Test
    void aCancellationIsConfirmedInSpanish() throws Exception {
        Order order = order("es_ES");
        record(order, OrderEventType.PLACED, "placed");
        record(order, NewOrderEvent.fromIntegration(OrderEventType.CANCELLED, "warehouse").senderEventId("cancel")
                .reason("Sin existencias"));

        List<OutboxMail> mails = mailsOf(order);
        assertThat(mails).extracting(OutboxMail::getSubject).containsExactly(
                "Pedido " + order.getOrderNumber() + " confirmado",
                "El pedido " + order.getOrderNumber() + " fue cancelado");
        assertThat(mails.get(1).getHtmlBody()).contains("Hola, Ana:", "Motivo: Sin existencias", "50,00");
        assertThat(mails.get(1).getIdempotencyKey()).endsWith("-cancellation");
    }

    @Test
    void aRepeatedWebhookEventMakesNoSecondMail() throws Exception {
        Order order = order("en_US");
        record(order, OrderEventType.PLACED, "placed");
        NewOrderEvent shipped = NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "warehouse")
                .senderEventId("wh-981").shipment("UPS", "1Z", null);

        assertThat(timelineService.record(order.getId(), shipped).isRepeat()).isFalse();
        assertThat(timelineService.record(order.getId(), shipped).isRepeat()).isTrue();

        assertThat(mailsOf(order)).extracting(OutboxMail::getSubject).containsExactly(
                "Order " + order.getOrderNumber() + " confirmed", "Order " + order.getOrderNumber() + " is on its way");
        assertThat(mailsOf(order).get(0).getHtmlBody()).contains("$50.00");
    }

    @Test
    void anEventWhoseTransactionRollsBackMakesNoMail() throws Exception {
        Order order = order("en_US");
        inTransaction(status -> {
            record(order, OrderEventType.PLACED, "placed");
            status.setRollbackOnly();
            return null;
        });

        assertThat(timelineService.timeline(order.getId()).events()).isEmpty();
        assertThat(mailsOf(order)).isEmpty();
    }

    @Test
    void aSwitchedOffMailIsNotWritten() throws Exception {
        switchMail(OrderMail.DISPATCH, false);
        Order order = order("en_US");
        record(order, OrderEventType.PLACED, "placed");
        record(order, OrderEventType.SHIPPED, "shipped");

        assertThat(timelineService.timeline(order.getId()).events()).hasSize(2);
        assertThat(mailsOf(order)).extracting(OutboxMail::getIdempotencyKey).hasSize(1)
                .allMatch(key -> key.endsWith("-confirmation"));
    }

    @Test
    void whileTheHelpCenterIsSwitchedOffItsTimelineFollowsTheOrderButMailsNobody() throws Exception {
        switches.setOn(HelpCenter.KEY, false);
        try {
            Order order = order("en_US");
            record(order, OrderEventType.PLACED, "placed");
            assertThat(timelineService.timeline(order.getId()).events()).hasSize(1);
            assertThat(mailsOf(order)).isEmpty();
        } finally {
            switches.setOn(HelpCenter.KEY, true);
        }
    }

    /** A submitted order of two lanterns at 25.00 by a registered customer, Ana, in this locale. */
    private Order order(String localeCode) {
        return inTransaction(status -> {
            Locale locale = localeService.findLocaleByCode(localeCode);
            if (locale == null) {
                locale = new LocaleImpl();
                locale.setLocaleCode(localeCode);
                locale.setFriendlyName(localeCode);
                locale = localeService.save(locale);
            }
            Product product = catalogService.createProduct(ProductType.PRODUCT);
            Sku sku = catalogService.createSku();
            sku.setName("Lanterna " + UUID.randomUUID());
            sku.setRetailPrice(new Money(new BigDecimal("25.00")));
            sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            product.setDefaultSku(sku);
            Product saved = catalogService.saveProduct(product);
            Customer customer = customerService.createNewCustomer();
            String email = "ana-" + UUID.randomUUID() + "@example.com";
            customer.setEmailAddress(email);
            customer.setUsername(email);
            customer.setFirstName("Ana");
            customer.setRegistered(true);
            customer = customerService.saveCustomer(customer);
            Order cart = orderService.createNewCartForCustomer(customer);
            try {
                cart = orderService.addItem(cart.getId(),
                        new OrderItemRequestDTO(saved.getId(), saved.getDefaultSku().getId(), 2), true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            cart.setOrderNumber("M" + System.nanoTime());
            cart.setEmailAddress(email);
            cart.setLocale(locale);
            cart.setStatus(OrderStatus.SUBMITTED);
            cart.setSubmitDate(new Date());
            try {
                return orderService.save(cart, false);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** "placed" as the checkout records it, any other event from the warehouse. */
    private void record(Order order, OrderEventType type, String senderEventId) {
        record(order, (type == OrderEventType.PLACED
                ? new NewOrderEvent(type, EventSource.CHECKOUT, Actor.customer(order.getCustomer().getId()))
                : NewOrderEvent.fromIntegration(type, "warehouse")).senderEventId(senderEventId));
    }

    private void record(Order order, NewOrderEvent event) {
        try {
            timelineService.record(order.getId(), event);
        } catch (UnknownOrderException | RefusedOrderEventException e) {
            throw new AssertionError("not recorded: " + e.getMessage(), e);
        }
    }

    private void switchMail(OrderMail mail, boolean on) {
        HelpCenterOptionsImpl options = (HelpCenterOptionsImpl) storeOptions.read(HelpCenterOptionsImpl.class);
        options.setMailOn(mail, on);
        storeOptions.save(options);
    }

    private List<OutboxMail> mailsOf(Order order) {
        return inTransaction(status -> em.createQuery("select m from OutboxMailImpl m where m.idempotencyKey like"
                        + " :prefix order by m.id", OutboxMail.class)
                .setParameter("prefix", "order-" + order.getId() + "-event-%").getResultList());
    }

    private <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(transactionManager).execute(work);
    }
}
