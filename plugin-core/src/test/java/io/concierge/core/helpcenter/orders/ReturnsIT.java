package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.mail.OutboxMail;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.orders.ReturnedItems;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * Returns, the EU withdrawal and a return's refund on Broadleaf's real order and payment services: what the shopper
 * asks is recorded with its items, audited and confirmed by mail in the same transaction; what will not do changes
 * nothing.
 */
@ExtendWith(BroadleafContextExtension.class)
class ReturnsIT {

    private static final String CLIENT = "198.51.100.4";

    @Resource(name = "cncOrderChangeService")
    OrderChangeService changeService;

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timelineService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final TestOrders orders = TestOrders.fromContext();

    private ReturnReason tooSmall;
    private ReturnReason retired;

    @BeforeEach
    void theMerchantsReasons() {
        orders.inTransaction(status -> em.createQuery("delete from ReturnReasonImpl").executeUpdate());
        tooSmall = reason("Too small", 10, true);
        retired = reason("Late", 20, false);
    }

    @Test
    void aShopperReturnsAnItemOfADeliveredOrderWithAReasonAndGetsTheReceipt() throws Exception {
        Order order = delivered(new Date());
        long item = onlyItem(order);

        ChangeOutcome outcome = changeService.requestReturn(order.getId(), shopperOf(order),
                items(item, 1), tooSmall.getId());

        assertThat(outcome.isMade()).as(outcome.toString()).isTrue();
        OrderCareStatus status = timelineService.timeline(order.getId()).status();
        assertThat(status.stage()).isEqualTo(OrderStage.RETURN_REQUESTED);
        assertThat(status.isWithdrawn()).isFalse();
        assertThat(status.returnedItems()).isEqualTo(items(item, 1));
        assertThat(status.returnReason()).isEqualTo("Too small");
        OrderAuditEntry audit = outcome.audit();
        assertThat(audit.getChange()).isEqualTo(AuditedChange.RETURN_REQUEST);
        assertThat(audit.getClientAddress()).isEqualTo(CLIENT);
        assertThat(audit.getAfter()).contains("\"items\":\"" + item + ":1\"", "\"reason\":\"Too small\"");
        List<OutboxMail> mails = mailsOf(order, "-return-receipt");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("We received your return request for order "
                + order.getOrderNumber());
        assertThat(mails.get(0).getTextBody()).contains("1 × Trail boots", "Reason: Too small");

        assertThat(changeService.requestReturn(order.getId(), shopperOf(order), items(item, 1), tooSmall.getId())
                .refusal().reason()).as("once").isEqualTo(ChangeRefusal.Reason.RETURN_ALREADY_REQUESTED);
    }

    @Test
    void aReturnWithoutItemsTooManyOrARetiredReasonChangesNothing() throws Exception {
        Order order = delivered(new Date());
        long item = onlyItem(order);

        assertThat(changeService.requestReturn(order.getId(), shopperOf(order), items(item, 0), tooSmall.getId())
                .fieldErrors()).containsOnly(entry(ReturnRules.ITEMS, ReturnRules.NO_ITEMS));
        assertThat(changeService.requestReturn(order.getId(), shopperOf(order), items(item, 2), tooSmall.getId())
                .fieldErrors()).containsOnly(entry(ReturnRules.ITEMS, ReturnRules.QUANTITY));
        assertThat(changeService.requestReturn(order.getId(), shopperOf(order), items(item + 1000, 1),
                tooSmall.getId()).fieldErrors()).as("not this order's item")
                .containsOnly(entry(ReturnRules.ITEMS, ReturnRules.QUANTITY));
        assertThat(changeService.requestReturn(order.getId(), shopperOf(order), items(item, 1), retired.getId())
                .fieldErrors()).containsOnly(entry(ReturnRules.REASON, ReturnRules.NO_REASON));

        assertThat(timelineService.timeline(order.getId()).status().stage()).isEqualTo(OrderStage.DELIVERED);
        assertThat(changeService.auditTrail(order.getId())).isEmpty();
        assertThat(mailsOf(order, "-return-receipt")).isEmpty();
    }

    @Test
    void aReturnBeforeDeliveryOrAfterTheWindowIsRefusedWithUntilWhen() throws Exception {
        Order shipped = orders.checkedOut();
        record(shipped, OrderEventType.SHIPPED, new Date());
        assertThat(changeService.requestReturn(shipped.getId(), shopperOf(shipped), items(onlyItem(shipped), 1),
                tooSmall.getId()).refusal().reason()).isEqualTo(ChangeRefusal.Reason.NOT_DELIVERED);

        Date deliveredAt = new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(40));
        Order late = delivered(deliveredAt);
        ChangeRefusal refusal = changeService.requestReturn(late.getId(), shopperOf(late), items(onlyItem(late), 1),
                tooSmall.getId()).refusal();
        assertThat(refusal.reason()).isEqualTo(ChangeRefusal.Reason.RETURN_WINDOW_CLOSED);
        assertThat(refusal.since()).as("30 days after delivery, to the second").isCloseTo(
                new Date(deliveredAt.getTime() + TimeUnit.DAYS.toMillis(30)), 1000);
    }

    @Test
    void aGuestWithdrawsWithoutAReasonWithinFourteenDaysAndTheReceiptSaysItIsNoAcceptance() throws Exception {
        Order order = delivered(new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(13)));
        long item = onlyItem(order);

        ChangeOutcome outcome = changeService.withdraw(order.getId(), Requester.guest(CLIENT), items(item, 1));

        assertThat(outcome.isMade()).as(outcome.toString()).isTrue();
        OrderCareStatus status = timelineService.timeline(order.getId()).status();
        assertThat(status.stage()).isEqualTo(OrderStage.RETURN_REQUESTED);
        assertThat(status.isWithdrawn()).isTrue();
        assertThat(status.returnReason()).isNull();
        assertThat(outcome.audit().getChange()).isEqualTo(AuditedChange.WITHDRAWAL);
        assertThat(outcome.audit().getSource()).isEqualTo(EventSource.GUEST);
        List<OutboxMail> mails = mailsOf(order, "-withdrawal-receipt");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getTextBody()).contains("We received your withdrawal from the contract for order "
                + order.getOrderNumber(), "It does not yet confirm that it is accepted.", "1 × Trail boots");
        assertThat(mails.get(0).getTextBody()).as("the time, to the second, with the zone").containsPattern(
                "\\d{1,2}:\\d{2}:\\d{2}\\s?[AP]M [A-Z]{2,4}");
    }

    @Test
    void theWithdrawalPeriodEndsFourteenDaysAfterDeliveryEvenWhenReturnsStayOpen() throws Exception {
        Date deliveredAt = new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(15));
        Order order = delivered(deliveredAt);

        ChangeRefusal refusal = changeService.withdraw(order.getId(), Requester.guest(CLIENT),
                items(onlyItem(order), 1)).refusal();
        assertThat(refusal.reason()).isEqualTo(ChangeRefusal.Reason.WITHDRAWAL_PERIOD_OVER);
        assertThat(refusal.since()).isCloseTo(new Date(deliveredAt.getTime() + TimeUnit.DAYS.toMillis(14)), 1000);
        assertThat(changeService.requestReturn(order.getId(), shopperOf(order), items(onlyItem(order), 1),
                tooSmall.getId()).isMade()).as("the 30-day return window is still open").isTrue();
    }

    @Test
    void anAgentRefundsAReceivedReturnThroughThePaymentForWhatCameBack() throws Exception {
        Order order = delivered(new Date());
        changeService.requestReturn(order.getId(), shopperOf(order), items(onlyItem(order), 1), tooSmall.getId());
        Requester agent = Requester.agent(-1L, CLIENT);

        assertThat(changeService.refundReturn(order.getId(), agent).refusal().reason())
                .isEqualTo(ChangeRefusal.Reason.NO_RETURN_RECEIVED);
        assertThat(changeService.refundReturn(order.getId(), shopperOf(order)).refusal().reason())
                .isEqualTo(ChangeRefusal.Reason.AGENTS_ONLY);
        timelineService.record(order.getId(), NewOrderEvent.byAgent(OrderEventType.RETURN_RECEIVED, -1L));
        assertThat(changeService.openReturns(1000)).extracting(OpenReturn::getOrderNumber)
                .contains(order.getOrderNumber());

        ChangeOutcome refunded = changeService.refundReturn(order.getId(), agent);

        assertThat(refunded.isMade()).as(refunded.toString()).isTrue();
        assertThat(orders.transactions(order.getId())).containsExactly("AUTHORIZE_AND_CAPTURE 30.00",
                "REFUND 25.00 from " + CLIENT);
        assertThat(timelineService.timeline(order.getId()).status().isRefunded()).isTrue();
        assertThat(refunded.audit().getChange()).isEqualTo(AuditedChange.REFUND);
        assertThat(refunded.audit().getAfter()).contains("Passthrough REFUND 25.00");
        assertThat(changeService.refundReturn(order.getId(), agent).refusal().reason())
                .isEqualTo(ChangeRefusal.Reason.ALREADY_REFUNDED);
        assertThat(changeService.openReturns(1000)).extracting(OpenReturn::getOrderNumber)
                .doesNotContain(order.getOrderNumber());
    }

    /** Checked out (placed and paid 30.00: 25.00 of boots, 5.00 shipping), shipped, and delivered at that time. */
    private Order delivered(Date deliveredAt) throws Exception {
        Order order = orders.checkedOut();
        record(order, OrderEventType.SHIPPED, new Date(deliveredAt.getTime() - TimeUnit.DAYS.toMillis(2)));
        record(order, OrderEventType.DELIVERED, deliveredAt);
        return order;
    }

    private void record(Order order, OrderEventType type, Date at) throws Exception {
        timelineService.record(order.getId(), NewOrderEvent.fromIntegration(type, "carrier").at(at));
    }

    private ReturnReason reason(String label, int position, boolean active) {
        return orders.inTransaction(status -> {
            ReturnReasonImpl reason = new ReturnReasonImpl();
            reason.setLabel(label);
            reason.setDisplayOrder(position);
            reason.setActive(active);
            em.persist(reason);
            return reason;
        });
    }

    private static Requester shopperOf(Order order) {
        return Requester.shopper(order.getCustomer().getId(), CLIENT);
    }

    private static ReturnedItems items(long orderItemId, int quantity) {
        return ReturnedItems.of(Collections.singletonMap(orderItemId, quantity));
    }

    private long onlyItem(Order order) {
        return orders.inTransaction(status -> {
            List<OrderItem> items = orders.orderService.findOrderById(order.getId()).getOrderItems();
            assertThat(items).hasSize(1);
            return items.get(0).getId();
        });
    }

    private List<OutboxMail> mailsOf(Order order, String suffix) {
        return orders.inTransaction(status -> em.createQuery("select m from OutboxMailImpl m where m.idempotencyKey"
                        + " like :key order by m.id", OutboxMail.class)
                .setParameter("key", "order-" + order.getId() + "-event-%" + suffix).getResultList());
    }
}
