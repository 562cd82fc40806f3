package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRoleImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUserImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** A goodwill coupon from a case: a real Broadleaf offer code that Broadleaf's pricing takes off a cart. */
@ExtendWith(BroadleafContextExtension.class)
class GoodwillCouponsIT {

    @Resource(name = "cncGoodwillCoupons")
    GoodwillCoupons coupons;

    @Resource(name = "cncCaseService")
    CaseService cases;

    @Resource(name = "blOfferService")
    OfferService offerService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final TestOrders orders = TestOrders.fromContext();

    /** An admin user whose one role may give coupons up to {@code limit} (null: a role without a limit). */
    private long agentWithLimit(BigDecimal limit) {
        return orders.inTransaction(status -> {
            AdminRoleImpl role = new AdminRoleImpl();
            role.setName("ROLE_CARE_" + UUID.randomUUID());
            role.setDescription("Care agents");
            em.persist(role);
            if (limit != null) {
                AgentLimitImpl granted = new AgentLimitImpl();
                granted.setRole(role);
                granted.setMaxGoodwill(limit);
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
        assertThat(coupons.limitOf(agent)).isEqualByComparingTo("20.00");

        assertThat(coupons.send(supportCase.getId(), agent, new BigDecimal("25.00")).fieldErrors())
                .containsOnly(entry(GoodwillCoupons.AMOUNT, GoodwillCoupons.OVER_LIMIT));
        assertThat(coupons.send(supportCase.getId(), agent, new BigDecimal("-1")).fieldErrors())
                .containsOnly(entry(GoodwillCoupons.AMOUNT, GoodwillCoupons.BAD_AMOUNT));
        assertThat(coupons.send(supportCase.getId(), agentWithLimit(null), new BigDecimal("5.00")).fieldErrors())
                .as("a role without a limit").containsOnly(entry(GoodwillCoupons.AMOUNT, GoodwillCoupons.OVER_LIMIT));

        assertThat(coupons.send(supportCase.getId(), agent, new BigDecimal("15.00")).isDone()).isTrue();

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

    private Long firstReason() {
        List<CaseReason> reasons = cases.reasons();
        return reasons.isEmpty() ? null : reasons.get(0).getId();
    }
}
