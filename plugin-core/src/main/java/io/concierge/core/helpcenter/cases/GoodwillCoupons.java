package io.concierge.core.helpcenter.cases;

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
 * A care agent's goodwill coupon from a case: a Broadleaf offer (an amount off the next order) with a single-use
 * code, mailed to the customer and noted in the thread, within the agent's limit ({@link AgentLimit}). Broadleaf's
 * own pricing applies it when the shopper enters the code. Bean {@code cncGoodwillCoupons}.
 */
@Service("cncGoodwillCoupons")
public class GoodwillCoupons {

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

    /** The largest coupon this admin user's roles allow; 0 without a limit. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public BigDecimal limitOf(long adminUserId) {
        AdminUserImpl agent = em.find(AdminUserImpl.class, adminUserId);
        BigDecimal limit = BigDecimal.ZERO;
        if (agent == null) {
            return limit;
        }
        for (AdminRole role : agent.getAllRoles()) {
            for (AgentLimitImpl granted : em.createQuery("select l from AgentLimitImpl l where l.role.id = :role",
                    AgentLimitImpl.class).setParameter("role", role.getId()).getResultList()) {
                limit = limit.max(granted.getMaxGoodwill());
            }
        }
        return limit;
    }

    /** @return done, with the code in the thread; or a field error on {@link #AMOUNT} (then nothing is made) */
    @Transactional("blTransactionManager")
    public CaseOutcome send(long caseId, long adminUserId, BigDecimal amount) {
        Map<String, String> problem = amount == null || amount.signum() <= 0 || amount.scale() > 2
                ? Collections.singletonMap(AMOUNT, BAD_AMOUNT)
                : amount.compareTo(limitOf(adminUserId)) > 0 ? Collections.singletonMap(AMOUNT, OVER_LIMIT)
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
