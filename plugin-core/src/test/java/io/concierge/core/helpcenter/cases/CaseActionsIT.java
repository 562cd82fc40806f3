package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.ChangeOutcome;
import io.concierge.core.helpcenter.orders.AuditedChange;
import io.concierge.core.helpcenter.orders.ChangeRefusal;
import io.concierge.core.helpcenter.orders.NewAddress;
import io.concierge.core.helpcenter.orders.OrderChangeRules;
import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderStage;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.orders.EventSource;
import io.concierge.core.kernel.orders.OrderEvent;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.orders.ReturnedItems;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRoleImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUserImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * An agent's actions from a case on Broadleaf's real services: a coupon its pricing applies, and order care's changes
 * to the case's order (cancellation, new address, return, refund in part) within the role's limits.
 */
@ExtendWith(BroadleafContextExtension.class)
class CaseActionsIT {

    @Resource(name = "cncCaseActions")
    CaseActions actions;

    @Resource(name = "cncCaseService")
    CaseService cases;

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timelines;

    @Resource(name = "blOfferService")
    OfferService offerService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final TestOrders orders = TestOrders.fromContext();

    /** An admin user whose one role may give coupons up to {@code limit} (null: a role without a limit). */
    private long agentWithLimit(BigDecimal limit) {
        return agentWithLimit(limit, false);
    }

    private long agentWithLimit(BigDecimal limit, boolean pastDeadline) {
        return agentWithLimits(limit, BigDecimal.ZERO, pastDeadline);
    }

    private long agentWithLimits(BigDecimal goodwill, BigDecimal refund, boolean pastDeadline) {
        return orders.inTransaction(status -> {
            AdminRoleImpl role = new AdminRoleImpl();
            role.setName("ROLE_CARE_" + UUID.randomUUID());
            role.setDescription("Care agents");
            em.persist(role);
            if (goodwill != null) {
                AgentLimitImpl granted = new AgentLimitImpl();
                granted.setRole(role);
                granted.setMaxGoodwill(goodwill);
                granted.setMaxRefund(refund);
                granted.setPastDeadline(pastDeadline);
                em.persist(granted);
            }
            AdminUserImpl agent = new AdminUserImpl();
            String login = "agent-" + UUID.randomUUID();
            agent.setLogin(login);
            agent.setName("Agent");
            agent.setPassword("not used");
            agent.setEmail(login + "@shop.example.com");
            agent.getAllRoles().add(role);
            em.persist(agent);
            return agent.getId();
        });
    }

    @Test
    void anAgentSendsACouponWithinTheirLimitAndBroadleafTakesItOffTheNextCart() throws Exception {
        Order order = orders.checkedOut();
        SupportCase supportCase = cases.file(NewCase.bySignedInCustomer(order.getCustomer().getId())
                .about("Broken", "Arrived broken", firstReason())).supportCase();
        long agent = agentWithLimit(new BigDecimal("20.00"));
        assertThat(actions.powersOf(agent).getMaxGoodwill()).isEqualByComparingTo("20.00");

        assertThat(actions.sendGoodwill(supportCase.getId(), agent, new BigDecimal("25.00")).fieldErrors())
                .containsOnly(entry(CaseActions.AMOUNT, CaseActions.OVER_LIMIT));
        assertThat(actions.sendGoodwill(supportCase.getId(), agent, new BigDecimal("-1")).fieldErrors())
                .containsOnly(entry(CaseActions.AMOUNT, CaseActions.BAD_AMOUNT));
        assertThat(actions.sendGoodwill(supportCase.getId(), agentWithLimit(null), new BigDecimal("5.00")).fieldErrors())
                .as("a role without a limit").containsOnly(entry(CaseActions.AMOUNT, CaseActions.OVER_LIMIT));

        assertThat(actions.sendGoodwill(supportCase.getId(), agent, new BigDecimal("15.00")).isDone()).isTrue();

        List<CaseMessage> thread = cases.thread(supportCase.getId(), true);
        CaseMessage action = thread.get(thread.size() - 1);
        assertThat(action.getKind()).isEqualTo(CaseMessageKind.ACTION);
        String code = action.getBody().replaceAll("^Goodwill coupon (GW-[A-Z0-9]{8}):.*$", "$1");
        assertThat(code).matches("GW-[A-Z0-9]{8}");
        assertThat(cases.thread(supportCase.getId(), false)).as("not the customer's to read")
                .extracting(CaseMessage::getKind).doesNotContain(CaseMessageKind.ACTION);
        String mail = orders.inTransaction(status -> em.createQuery("select m.textBody from OutboxMailImpl m"
                        + " where m.idempotencyKey = :key", String.class)
                .setParameter("key", "case-" + supportCase.getId() + "-message-" + action.getId()).getSingleResult());
        assertThat(mail).contains(code, "15.00");

        Order discounted = orders.withOpenEntityManager(() -> {
            Order cart = orders.pricedCart();
            OfferCode offerCode = offerService.lookupOfferCodeByCode(code);
            return orders.orderService.addOfferCode(cart, offerCode, true);
        });
        assertThat(discounted.getSubTotal().getAmount()).isEqualByComparingTo("25.00");
        assertThat(discounted.getTotal().getAmount()).as("25.00 + 5.00 shipping - 15.00").isEqualByComparingTo("15.00");
    }

    @Test
    void anAgentWhoseRoleAllowsItCancelsAPickedOrderFromTheCaseAndTheThreadSaysSo() throws Exception {
        Order order = orders.checkedOut();
        timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.PICKED, "warehouse"));
        SupportCase supportCase = cases.file(NewCase.bySignedInCustomer(order.getCustomer().getId())
                .about("Cancel please", "Ordered twice", firstReason()).forOrder(order.getId())).supportCase();

        ChangeOutcome refused = actions.cancelOrder(supportCase.getId(), agentWithLimit(BigDecimal.TEN), "10.0.0.1");
        assertThat(refused.refusal().reason()).as("the shopper's deadline holds").isEqualTo(ChangeRefusal.Reason.PICKED);

        ChangeOutcome cancelled = actions.cancelOrder(supportCase.getId(), agentWithLimit(BigDecimal.ZERO, true),
                "10.0.0.1");

        assertThat(cancelled.isMade()).as(cancelled.toString()).isTrue();
        assertThat(timelines.timeline(order.getId()).status().stage()).isEqualTo(OrderStage.CANCELLED);
        assertThat(cancelled.audit().getSource()).isEqualTo(EventSource.AGENT);
        List<CaseMessage> thread = cases.thread(supportCase.getId(), true);
        assertThat(thread.get(thread.size() - 1).getKind()).isEqualTo(CaseMessageKind.ACTION);

        Order shipped = orders.checkedOut();
        timelines.record(shipped.getId(), NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "warehouse"));
        SupportCase late = cases.file(NewCase.bySignedInCustomer(shipped.getCustomer().getId())
                .about("Cancel please", "Too late?", firstReason()).forOrder(shipped.getId())).supportCase();
        assertThat(actions.cancelOrder(late.getId(), agentWithLimit(BigDecimal.ZERO, true), "10.0.0.1").refusal()
                .reason()).as("never once shipped").isEqualTo(ChangeRefusal.Reason.SHIPPED);
    }

    @Test
    void anAgentWhoseRoleAllowsItShipsAPickedOrderElsewhereAndTheThreadSaysWhere() throws Exception {
        Order order = orders.checkedOut();
        timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.PICKED, "warehouse"));
        SupportCase supportCase = caseAbout(order, "Wrong address", "I moved last week");
        CaseOrder before = actions.caseOrder(supportCase.getId());
        assertThat(before.getNumber()).isEqualTo(order.getOrderNumber());
        assertThat(before.getShippingAddress().getAddressLine1()).as("the form starts from where it ships").isNotBlank();
        NewAddress lisbon = new NewAddress().setFirstName("Ana").setLastName("Souza")
                .setAddressLine1("Rua Augusta 100").setCity("Lisboa").setPostalCode("1100-053").setCountry("PT");

        assertThat(actions.changeAddress(supportCase.getId(), agentWithLimit(BigDecimal.ZERO), "10.0.0.1", lisbon)
                .refusal().reason()).as("the shopper's deadline holds").isEqualTo(ChangeRefusal.Reason.PICKED);
        ChangeOutcome changed = actions.changeAddress(supportCase.getId(), agentWithLimit(BigDecimal.ZERO, true),
                "10.0.0.1", lisbon);

        assertThat(changed.isMade()).as(changed.toString()).isTrue();
        assertThat(changed.audit().getSource()).isEqualTo(EventSource.AGENT);
        assertThat(actions.caseOrder(supportCase.getId()).getShippingAddress().getCity()).isEqualTo("Lisboa");
        assertThat(lastAction(supportCase).getBody()).contains("Rua Augusta 100", "Lisboa");
        assertThat(actions.changeAddress(supportCase.getId(), agentWithLimit(BigDecimal.ZERO, true), "10.0.0.1",
                new NewAddress().setFirstName("Ana")).fieldErrors()).as("field errors, nothing changed").isNotEmpty();
        assertThat(actions.caseOrder(supportCase.getId()).getShippingAddress().getCity()).isEqualTo("Lisboa");
    }

    @Test
    void anAgentStartsAReturnOfADeliveredOrderForTheCustomer() throws Exception {
        Order order = orders.checkedOut();
        timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "carrier"));
        SupportCase supportCase = caseAbout(order, "Too small", "The boots are too small");
        CaseOrder caseOrder = actions.caseOrder(supportCase.getId());
        CaseOrder.Item boots = caseOrder.getItems().get(0);
        Long reason = caseOrder.getReturnReasons().isEmpty() ? null : caseOrder.getReturnReasons().get(0).getId();
        ReturnedItems one = ReturnedItems.of(Collections.singletonMap(boots.getId(), 1));
        long agent = agentWithLimit(BigDecimal.ZERO);

        assertThat(actions.startReturn(supportCase.getId(), agent, "10.0.0.1", one, reason).refusal().reason())
                .isEqualTo(ChangeRefusal.Reason.NOT_DELIVERED);
        timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.DELIVERED, "carrier"));
        assertThat(actions.startReturn(supportCase.getId(), agent, "10.0.0.1",
                ReturnedItems.of(Collections.singletonMap(boots.getId(), boots.getQuantity() + 1)), reason)
                .fieldErrors()).as("more than was bought").isNotEmpty();

        ChangeOutcome started = actions.startReturn(supportCase.getId(), agent, "10.0.0.1", one, reason);

        assertThat(started.isMade()).as(started.toString()).isTrue();
        assertThat(timelines.timeline(order.getId()).status().stage()).isEqualTo(OrderStage.RETURN_REQUESTED);
        assertThat(timelines.timeline(order.getId()).status().returnedItems()).isEqualTo(one);
        assertThat(lastAction(supportCase).getBody()).startsWith("Started a return");
    }

    @Test
    void anAgentRefundsPartOfThePaymentUpToTheirLimitAndNeverMoreThanIsLeft() throws Exception {
        Order order = orders.checkedOut();
        SupportCase supportCase = caseAbout(order, "Scratched", "The buckle is scratched; I keep them");
        long agent = agentWithLimits(BigDecimal.ZERO, new BigDecimal("20.00"), false);
        assertThat(actions.caseOrder(supportCase.getId()).getRefundable()).isEqualByComparingTo("30.00");

        assertThat(actions.refundInPart(supportCase.getId(), agent, "10.0.0.1", new BigDecimal("25.00")).fieldErrors())
                .containsOnly(entry(OrderChangeRules.AMOUNT, CaseActions.OVER_REFUND_LIMIT));
        assertThat(actions.refundInPart(supportCase.getId(), agentWithLimit(BigDecimal.TEN), "10.0.0.1",
                new BigDecimal("5.00")).fieldErrors()).as("a role without a refund limit")
                .containsOnly(entry(OrderChangeRules.AMOUNT, CaseActions.OVER_REFUND_LIMIT));
        assertThat(actions.refundInPart(supportCase.getId(), agent, "10.0.0.1", new BigDecimal("0.001")).fieldErrors())
                .containsOnly(entry(OrderChangeRules.AMOUNT, OrderChangeRules.BAD_AMOUNT));

        ChangeOutcome refunded = actions.refundInPart(supportCase.getId(), agent, "10.0.0.1", new BigDecimal("12.50"));

        assertThat(refunded.isMade()).as(refunded.toString()).isTrue();
        assertThat(orders.transactions(order.getId())).containsExactly("AUTHORIZE_AND_CAPTURE 30.00",
                "REFUND 12.50 from 10.0.0.1");
        List<OrderEvent> events = timelines.timeline(order.getId()).events();
        OrderEvent last = events.get(events.size() - 1);
        assertThat(last.getType()).isEqualTo(OrderEventType.REFUNDED_IN_PART);
        assertThat(last.getAmount()).isEqualByComparingTo("12.50");
        assertThat(timelines.timeline(order.getId()).status().isRefunded()).as("not refunded whole").isFalse();
        assertThat(refunded.audit().getChange()).isEqualTo(AuditedChange.PARTIAL_REFUND);
        assertThat(lastAction(supportCase).getBody()).contains("12.50");
        assertThat(actions.caseOrder(supportCase.getId()).getRefundable()).isEqualByComparingTo("17.50");

        assertThat(actions.refundInPart(supportCase.getId(), agent, "10.0.0.1", new BigDecimal("18.00")).fieldErrors())
                .as("within the limit, but more than is left").containsOnly(
                        entry(OrderChangeRules.AMOUNT, OrderChangeRules.AMOUNT_OVER_PAID));
        assertThat(orders.transactions(order.getId())).hasSize(2);
    }

    private SupportCase caseAbout(Order order, String subject, String message) {
        return cases.file(NewCase.bySignedInCustomer(order.getCustomer().getId())
                .about(subject, message, firstReason()).forOrder(order.getId())).supportCase();
    }

    private CaseMessage lastAction(SupportCase supportCase) {
        List<CaseMessage> thread = cases.thread(supportCase.getId(), true);
        CaseMessage last = thread.get(thread.size() - 1);
        assertThat(last.getKind()).isEqualTo(CaseMessageKind.ACTION);
        return last;
    }

    private Long firstReason() {
        List<CaseReason> reasons = cases.reasons();
        return reasons.isEmpty() ? null : reasons.get(0).getId();
    }
}
