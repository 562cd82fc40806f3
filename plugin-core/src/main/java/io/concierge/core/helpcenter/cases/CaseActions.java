package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.ChangeOutcome;
import io.concierge.core.helpcenter.orders.OrderChangeService;
import io.concierge.core.helpcenter.orders.Requester;
import io.concierge.core.helpcenter.orders.UnknownOrderException;
import io.concierge.core.kernel.DatabaseTimes;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUserImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * What a care agent does from a case, within what their roles allow ({@link AgentLimit}), each noted in the thread
 * as an action (staff only): a goodwill coupon, a Broadleaf offer (an amount off the next order) with a single-use
 * code, mailed to the customer, which Broadleaf's own pricing applies when the shopper enters the code; and the
 * cancellation of the case's order through order care (audited there), past the shopper's deadline where the role
 * allows it. Bean {@code cncCaseActions}.
 */
@Service("cncCaseActions")
public class CaseActions {

    public static final String AMOUNT = "amount";
    static final String OVER_LIMIT = "helpcenter.case.error.goodwillLimit";
    static final String BAD_AMOUNT = "helpcenter.case.error.goodwillAmount";
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

    /**
     * Cancels the case's order as order care does (payments voided or refunded, audited), past the shopper's
     * deadline when the agent's role allows it, and notes it in the thread.
     *
     * @return made, or refused with the reason (then nothing changed)
     * @throws IllegalArgumentException when the case names no order
     */
    @Transactional("blTransactionManager")
    public ChangeOutcome cancelOrder(long caseId, long adminUserId, String clientAddress) throws UnknownOrderException {
        SupportCaseImpl supportCase = caseDao.readById(caseId);
        if (supportCase.getOrderId() == null) {
            throw new IllegalArgumentException("case " + supportCase.getNumber() + " names no order");
        }
        Requester agent = Requester.agent(adminUserId, clientAddress);
        ChangeOutcome outcome = orderChanges.cancel(supportCase.getOrderId(),
                powersOf(adminUserId).isPastDeadline() ? agent.pastDeadline() : agent);
        if (outcome.isMade()) {
            Date now = DatabaseTimes.toTheSecond(new Date());
            caseDao.add(CaseMessageImpl.written(caseId, CaseMessageKind.ACTION, adminUserId,
                    "Cancelled the order; its payments voided or refunded", now));
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
