package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.JobLeases;
import io.concierge.core.kernel.StorefrontUrl;
import io.concierge.core.kernel.mail.MailFormats;
import io.concierge.core.kernel.mail.MailOutbox;
import io.concierge.core.kernel.mail.MailTemplates;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.type.OfferDeliveryType;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Gives the tiers' one-time entry rewards (scheduled by {@link LoyaltyJobs}): every entry into a tier from below (or
 * from no tier) that the change log records, since the tier's reward was set, earns the customer a single-use coupon
 * once per tier: a Broadleaf order offer delivered by a code of its own, usable once ({@code maxUses} 1, once per
 * customer) and only by that customer (its customer rule names them), ending the tier's reward valid days after it
 * is given (Broadleaf's pricing no longer applies it then; 0 days: no end), mailed through the kernel's outbox.
 * Every node schedules the job, one runs it under the lease {@value #JOB}; the rewards ({@link LoyaltyRewardImpl},
 * unique per customer and tier), their offers and mails commit together, only while the lease is held, so that a
 * second node or a lost lease can never give a reward twice. A job rather than a step of the evaluation's
 * transaction: a recalculation that lifts many customers does not make their offers and mails inside its ranges, and
 * a failed reward never costs a checkout.
 */
@Component("cncLoyaltyEntryRewards")
public class LoyaltyEntryRewards {

    static final String JOB = "loyalty.entryRewards";
    static final String MAIL = "loyalty/entry-reward";
    private static final Log LOG = LogFactory.getLog(LoyaltyEntryRewards.class);
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 10;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncJobLeases")
    protected JobLeases leases;

    @Resource(name = "blOfferDao")
    protected OfferDao offerDao;

    @Resource(name = "blOfferCodeDao")
    protected OfferCodeDao offerCodeDao;

    @Resource(name = "cncMailOutbox")
    protected MailOutbox outbox;

    @Resource(name = "cncMailTemplates")
    protected MailTemplates templates;

    @Resource(name = "cncStorefrontUrl")
    protected StorefrontUrl storefront;

    /** At most this many rewards a run (one transaction); the next run gives the rest. */
    @Value("${concierge.loyalty.rewards.batch:500}")
    protected int batch = 500;

    private final SecureRandom random = new SecureRandom();

    /**
     * Gives the rewards due at {@code at}.
     *
     * @return how many rewards were given (and mailed), or null when another node holds the lease (or this run lost
     *         it and rolled back)
     */
    public Integer runNow(Date at) {
        return leases.whileHeld(JOB, Duration.ofMinutes(30), lease -> lease.inTransaction(status -> give(at)));
    }

    /** For the scheduler: logs, never throws. */
    void runAndLog() {
        try {
            Integer given = runNow(new Date());
            if (given != null && given > 0) {
                LOG.info("Concierge: " + given + " loyalty entry rewards given and put in the outbox");
            }
        } catch (RuntimeException e) {
            // Nothing of the run was kept: the next run finds the same entries.
            LOG.warn("Concierge: loyalty entry rewards failed: " + e);
        }
    }

    @SuppressWarnings("unchecked")
    private int give(Date at) {
        Date now = DatabaseTimes.toTheSecond(at);
        List<Object[]> entries = em.createNativeQuery("SELECT ch.CUSTOMER_ID, ch.TO_TIER_ID,"
                + " MIN(ch.CHANGE_ID) AS FIRST_CHANGE_ID, " + LoyaltyMailRecipient.COLUMNS
                + " FROM CNC_LOYALTY_CHANGE ch JOIN CNC_LOYALTY_TIER t ON t.TIER_ID = ch.TO_TIER_ID"
                + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = ch.CUSTOMER_ID"
                + " LEFT JOIN CNC_LOYALTY_TIER f ON f.TIER_ID = ch.FROM_TIER_ID"
                // A tier's reward since is set only while it has a reward (LoyaltyTierImpl).
                + " WHERE t.REWARD_SINCE IS NOT NULL AND ch.CHANGED_AT >= t.REWARD_SINCE"
                + " AND ch.CHANGED_AT <= :now AND (f.TIER_ID IS NULL OR f.TIER_RANK < t.TIER_RANK)"
                + " AND c.IS_REGISTERED = :registered AND c.EMAIL_ADDRESS IS NOT NULL AND NOT EXISTS (SELECT 1"
                + " FROM CNC_LOYALTY_REWARD r WHERE r.CUSTOMER_ID = ch.CUSTOMER_ID AND r.TIER_ID = ch.TO_TIER_ID)"
                + " GROUP BY ch.CUSTOMER_ID, ch.TO_TIER_ID, c.CUSTOMER_ID, c.EMAIL_ADDRESS, c.FIRST_NAME, c.LOCALE_CODE"
                + " ORDER BY FIRST_CHANGE_ID")
                .setParameter("now", now).setParameter("registered", Boolean.TRUE)
                .setMaxResults(batch).getResultList();
        int given = 0;
        for (Object[] entry : entries) {
            long customerId = ((Number) entry[0]).longValue();
            LoyaltyTier tier = em.find(LoyaltyTierImpl.class, ((Number) entry[1]).longValue());
            if (!tier.hasEntryReward()) {
                continue;
            }
            Date validUntil = validUntil(tier, now);
            OfferCode coupon = coupon(tier, customerId, now, validUntil);
            LoyaltyRewardImpl reward = new LoyaltyRewardImpl(customerId, tier.getId(),
                    ((Number) entry[2]).longValue(), coupon.getOffer().getId(), coupon.getId(), coupon.getOfferCode(),
                    tier.getRewardKind(), tier.getRewardValue(), now, validUntil);
            em.persist(reward);
            Locale locale = LoyaltyMailRecipient.locale(entry[5]);
            Map<String, Object> model = new HashMap<String, Object>();
            model.put("firstName", entry[4]);
            model.put("tier", tier.nameIn(locale));
            model.put("code", coupon.getOfferCode());
            model.put("kind", tier.getRewardKind().getType());
            model.put("amount", new Money(tier.getRewardValue()));
            model.put("percent", tier.getRewardValue().stripTrailingZeros().toPlainString());
            model.put("validThrough", reward.getValidThrough() == null ? null
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(MailFormats.localeFor(locale))
                    .format(reward.getValidThrough()));
            model.put("link", storefront.resolve("/account/loyalty"));
            outbox.enqueue("loyalty.entry-reward:" + customerId + ":" + tier.getId(), entry[3].toString(),
                    templates.render(MAIL, locale, model));
            given++;
        }
        return given;
    }

    /**
     * When a coupon given now ends: at the end of the UTC day the tier's reward valid days after today, so that the
     * day the mail and the page name ("valid through") is whole; null (until used) for 0 days.
     */
    static Date validUntil(LoyaltyTier tier, Date now) {
        return tier.getRewardValidDays() == 0 ? null
                : Date.from(now.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                        .plusDays(tier.getRewardValidDays() + 1L).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The customer's single-use coupon for the tier's reward: an order offer and its one code, both ending then. */
    private OfferCode coupon(LoyaltyTier tier, long customerId, Date now, Date validUntil) {
        String code = newCode();
        Offer offer = offerDao.create();
        offer.setName("Loyalty " + tier.getNameEn() + ": entry reward " + code);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(LoyaltyRewardKind.PERCENT_OFF.equals(tier.getRewardKind())
                ? OfferDiscountType.PERCENT_OFF : OfferDiscountType.AMOUNT_OFF);
        offer.setValue(tier.getRewardValue());
        offer.setDeliveryType(OfferDeliveryType.CODE);
        offer.setAutomaticallyAdded(false);
        offer.setCombinableWithOtherOffers(true);
        offer.setTreatAsNewFormat(true);
        offer.setMaxUsesPerOrder(1);
        offer.setMaxUsesPerCustomer(1L);
        offer.setStartDate(new Date(now.getTime() - TimeUnit.MINUTES.toMillis(1)));
        offer.setEndDate(validUntil);
        OfferRule onlyThem = new OfferRuleImpl();
        onlyThem.setMatchRule(customerRule(customerId));
        offer.getOfferMatchRules().put(OfferRuleType.CUSTOMER.getType(), onlyThem);
        offer = offerDao.save(offer);
        OfferCode offerCode = offerCodeDao.create();
        offerCode.setOffer(offer);
        offerCode.setOfferCode(code);
        offerCode.setMaxUses(1);
        offerCode.setStartDate(offer.getStartDate());
        offerCode.setEndDate(validUntil);
        return offerCodeDao.save(offerCode);
    }

    /** The MVEL customer rule that lets only this customer use the coupon. */
    static String customerRule(long customerId) {
        return "customer.id == " + customerId + "L";
    }

    private String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length()));
        }
        return "LOY-" + new String(code);
    }

    /** The customer's entry rewards not used yet (no placed order used the code) nor ended, oldest first. */
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<LoyaltyRewardImpl> unusedOf(long customerId) {
        return em.createQuery("select r from LoyaltyRewardImpl r where r.customerId = :customer"
                + " and (r.validUntil is null or r.validUntil > :now) and not exists"
                + " (select a.id from OfferAuditImpl a where a.offerCodeId = r.offerCodeId) order by r.id",
                LoyaltyRewardImpl.class).setParameter("customer", customerId).setParameter("now", new Date())
                .getResultList();
    }
}
