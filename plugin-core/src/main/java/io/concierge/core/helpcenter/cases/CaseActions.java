package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.BroadleafOrderChanges;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.ChangeOutcome;
import io.concierge.core.helpcenter.orders.NewAddress;
import io.concierge.core.helpcenter.orders.OrderChangeRules;
import io.concierge.core.helpcenter.orders.OrderChangeService;
import io.concierge.core.helpcenter.orders.Requester;
import io.concierge.core.helpcenter.orders.UnknownOrderException;
import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.orders.ReturnedItems;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUserImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * What a care agent does from a case, within what their roles allow ({@link AgentLimit}), each noted in the thread
 * as an action (staff only): a goodwill coupon, a Broadleaf offer (an amount off the next order) with a single-use
 * code, mailed to the customer, which Broadleaf's own pricing applies when the shopper enters the code; and, on the
 * case's order through order care (audited there): a new shipping address or the cancellation, past the shopper's
 * deadline where the role allows it, a return started for the customer, and a refund in part up to the role's limit.
 * Bean {@code cncCaseActions}.
 */
@Service("cncCaseActions")
public class CaseActions {

    public static final String AMOUNT = "amount";
    static final String OVER_LIMIT = "helpcenter.case.error.goodwillLimit";
    static final String BAD_AMOUNT = "helpcenter.case.error.goodwillAmount";
    static final String OVER_REFUND_LIMIT = "helpcenter.case.error.refundLimit";
    static final int VALID_DAYS = 90;
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "blOfferCodeDao")
    protected OfferCodeDao offerCodeDao;

    @Resource(name = "cncSupportCaseDao")
    protected SupportCaseDao caseDao;

    @Resource(name = "cncCaseMails")
    protected CaseMails mails;

    @Resource(name = "cncOrderChangeService")
    protected OrderChangeService orderChanges;

    @Resource(name = "cncBroadleafOrders")
    protected BroadleafOrders orders;

    @Resource(name = "cncBroadleafOrderChanges")
    protected BroadleafOrderChanges orderPayments;

    /** What this admin user's roles allow; nothing without a limit. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public AgentPowers powersOf(long adminUserId) {
        AdminUserImpl agent = em.find(AdminUserImpl.class, adminUserId);
        AgentPowers powers = AgentPowers.NONE;
        if (agent == null) {
            return powers;
        }
        for (AdminRole role : agent.getAllRoles()) {
            for (AgentLimitImpl granted : em.createQuery("select l from AgentLimitImpl l where l.role.id = :role",
                    AgentLimitImpl.class).setParameter("role", role.getId()).getResultList()) {
                powers = powers.and(granted);
            }
        }
        return powers;
    }

    /** The case's order for the action forms; null when the case names none or the order is gone. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public CaseOrder caseOrder(long caseId) {
        SupportCaseImpl supportCase = caseDao.readById(caseId);
        Order order = supportCase.getOrderId() == null ? null : orders.find(supportCase.getOrderId());
        if (order == null) {
            return null;
        }
        List<CaseOrder.Item> items = new ArrayList<CaseOrder.Item>();
        for (OrderItem item : order.getOrderItems()) {
            items.add(new CaseOrder.Item(item.getId(), item.getName(), item.getQuantity()));
        }
        return new CaseOrder(order.getOrderNumber(), BroadleafOrderChanges.addressOf(orderPayments.shippingAddressOf(order)), items,
                orderPayments.refundable(order), orderChanges.returnReasons());
    }

    /**
     * Cancels the case's order as order care does (payments voided or refunded, audited), past the shopper's
     * deadline when the agent's role allows it, and notes it in the thread.
     *
     * @return made, or refused with the reason (then nothing changed)
     * @throws IllegalArgumentException when the case names no order
     */
    @Transactional("blTransactionManager")
    public ChangeOutcome cancelOrder(long caseId, long adminUserId, String clientAddress) throws UnknownOrderException {
        return onCaseOrder(caseId, adminUserId, clientAddress, orderChanges::cancel,
                "Cancelled the order; its payments voided or refunded");
    }

    /**
     * Ships the case's order to {@code address} (re-priced, audited, the shopper mailed) as order care does, past the
     * shopper's deadline when the agent's role allows it, and notes it in the thread.
     *
     * @return made; invalid with the address's field errors; or refused with the reason
     * @throws IllegalArgumentException when the case names no order
     */
    @Transactional("blTransactionManager")
    public ChangeOutcome changeAddress(long caseId, long adminUserId, String clientAddress, NewAddress address)
            throws UnknownOrderException {
        return onCaseOrder(caseId, adminUserId, clientAddress,
                (orderId, agent) -> orderChanges.changeShippingAddress(orderId, agent, address),
                "Changed the shipping address to: " + address.lines());
    }

    /**
     * Starts the return of {@code items} of the case's delivered order for the customer, within the return window,
     * as the shopper would (the return receipt is mailed), and notes it in the thread.
     *
     * @return made; invalid (items, reason); or refused with the reason
     * @throws IllegalArgumentException when the case names no order
     */
    @Transactional("blTransactionManager")
    public ChangeOutcome startReturn(long caseId, long adminUserId, String clientAddress, ReturnedItems items,
                                     Long reasonId) throws UnknownOrderException {
        return onCaseOrder(caseId, adminUserId, clientAddress,
                (orderId, agent) -> orderChanges.requestReturn(orderId, agent, items, reasonId),
                "Started a return for the customer (items " + items + ")");
    }

    /**
     * Gives back {@code amount} of what the case's order was paid, through its payments' gateways, up to the most the
     * agent's roles allow, and notes it in the thread; the timeline shows "refunded in part".
     *
     * @return made; invalid on {@link OrderChangeRules#AMOUNT} (over the agent's limit, not a sum, more than is left
     *         to refund); or refused (not paid, cancelled, refunded already)
     * @throws IllegalArgumentException when the case names no order
     */
    @Transactional("blTransactionManager")
    public ChangeOutcome refundInPart(long caseId, long adminUserId, String clientAddress, BigDecimal amount)
            throws UnknownOrderException {
        if (amount != null && amount.compareTo(powersOf(adminUserId).getMaxRefund()) > 0) {
            return ChangeOutcome.invalid(Collections.singletonMap(OrderChangeRules.AMOUNT, OVER_REFUND_LIMIT));
        }
        return onCaseOrder(caseId, adminUserId, clientAddress,
                (orderId, agent) -> orderChanges.refundInPart(orderId, agent, amount),
                "Refunded " + (amount == null ? "" : amount.toPlainString()) + " of the order's payment");
    }

    /** One of order care's changes, made on the case's order by a care agent. */
    private interface OrderCareChange {
        ChangeOutcome make(long orderId, Requester agent) throws UnknownOrderException;
    }

    private ChangeOutcome onCaseOrder(long caseId, long adminUserId, String clientAddress, OrderCareChange change,
                                      String noteWhenMade) throws UnknownOrderException {
        SupportCaseImpl supportCase = caseDao.readById(caseId);
        if (supportCase.getOrderId() == null) {
            throw new IllegalArgumentException("case " + supportCase.getNumber() + " names no order");
        }
        Requester agent = Requester.agent(adminUserId, clientAddress);
        ChangeOutcome outcome = change.make(supportCase.getOrderId(),
                powersOf(adminUserId).isPastDeadline() ? agent.pastDeadline() : agent);
        if (outcome.isMade()) {
            Date now = DatabaseTimes.toTheSecond(new Date());
            caseDao.add(CaseMessageImpl.written(caseId, CaseMessageKind.ACTION, adminUserId, noteWhenMade, now));
            supportCase.touched(now);
        }
        return outcome;
    }

    /** @return done, with the code in the thread; or a field error on {@link #AMOUNT} (then nothing is made) */
    @Transactional("blTransactionManager")
    public CaseOutcome sendGoodwill(long caseId, long adminUserId, BigDecimal amount) {
        Map<String, String> problem = amount == null || amount.signum() <= 0 || amount.scale() > 2
                ? Collections.singletonMap(AMOUNT, BAD_AMOUNT)
                : amount.compareTo(powersOf(adminUserId).getMaxGoodwill()) > 0 ? Collections.singletonMap(AMOUNT, OVER_LIMIT)
                : Collections.<String, String>emptyMap();
        if (!problem.isEmpty()) {
            return CaseOutcome.invalid(problem);
        }
        SupportCaseImpl supportCase = caseDao.readById(caseId);
        Date now = DatabaseTimes.toTheSecond(new Date());
        String code = newCode();
        Offer offer = offerDao.create();
        offer.setName("Goodwill " + supportCase.getNumber() + " " + code);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(OfferDiscountType.AMOUNT_OFF);
        offer.setValue(amount);
        offer.setDeliveryType(OfferDeliveryType.CODE);
        offer.setStartDate(new Date(now.getTime() - TimeUnit.MINUTES.toMillis(1)));
        offer.setEndDate(new Date(now.getTime() + TimeUnit.DAYS.toMillis(VALID_DAYS)));
        offer.setCombinableWithOtherOffers(true);
        offer.setAutomaticallyAdded(false);
        offer.setMaxUsesPerOrder(1);
        offer.setTreatAsNewFormat(true);
        offer = offerDao.save(offer);
        OfferCode offerCode = offerCodeDao.create();
        offerCode.setOffer(offer);
        offerCode.setOfferCode(code);
        offerCode.setMaxUses(1);
        offerCode.setStartDate(offer.getStartDate());
        offerCode.setEndDate(offer.getEndDate());
        offerCodeDao.save(offerCode);
        CaseMessage action = caseDao.add(CaseMessageImpl.written(caseId, CaseMessageKind.ACTION, adminUserId,
                "Goodwill coupon " + code + ": " + amount.toPlainString() + " off the next order, valid "
                        + VALID_DAYS + " days", now));
        supportCase.touched(now);
        mails.goodwill(supportCase, action, code, amount, offer.getEndDate(), now);
        return CaseOutcome.done(supportCase);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder("GW-");
        for (int i = 0; i < 8; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
