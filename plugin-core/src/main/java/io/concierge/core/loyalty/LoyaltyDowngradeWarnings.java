package io.concierge.core.loyalty;

import io.concierge.core.kernel.DatabaseTimes;
import io.concierge.core.kernel.JobLeases;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.kernel.StorefrontUrl;
import io.concierge.core.kernel.mail.MailOutbox;
import io.concierge.core.kernel.mail.MailTemplates;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.money.Money;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

/**
 * Mails the warning ahead of a downgrade (scheduled by {@link LoyaltyJobs}): every customer whose standing keeps a
 * tier in its grace days, ending within the options' {@code warningDays}, gets one mail per grace period, through
 * the kernel's outbox, saying until when the tier is kept and how much more (spend, or orders) keeps it. One
 * INSERT … SELECT picks them all and records them (CNC_LOYALTY_WARNING, unique per customer and period); every node
 * schedules the job, one runs it under the lease {@value #JOB}, and the rows and mails commit only while it is held;
 * the outbox's idempotency key makes a second mail for the same period impossible even so.
 */
@Component("cncLoyaltyDowngradeWarnings")
public class LoyaltyDowngradeWarnings {

    static final String JOB = "loyalty.downgradeWarnings";
    static final String MAIL = "loyalty/downgrade-warning";
    private static final Log LOG = LogFactory.getLog(LoyaltyDowngradeWarnings.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Resource(name = "cncJobLeases")
    protected JobLeases leases;

    @Resource(name = "cncStoreOptions")
    protected StoreOptionsService storeOptions;

    @Resource(name = "cncMailOutbox")
    protected MailOutbox outbox;

    @Resource(name = "cncMailTemplates")
    protected MailTemplates templates;

    @Resource(name = "cncStorefrontUrl")
    protected StorefrontUrl storefront;

    /**
     * Warns everyone due at {@code at}.
     *
     * @return how many mails were put in the outbox, or null when another node holds the lease (or this run lost it
     *         and rolled back)
     */
    public Integer runNow(Date at) {
        return leases.whileHeld(JOB, Duration.ofMinutes(30), lease -> lease.inTransaction(status -> warn(at)));
    }

    /** For the scheduler: logs, never throws. */
    void runAndLog() {
        try {
            Integer mailed = runNow(new Date());
            if (mailed != null && mailed > 0) {
                LOG.info("Concierge: " + mailed + " loyalty downgrade warnings put in the outbox");
            }
        } catch (RuntimeException e) {
            // The next run tries again; a warning not recorded is still due then.
            LOG.warn("Concierge: loyalty downgrade warnings failed: " + e);
        }
    }

    private int warn(Date at) {
        LoyaltyOptions options = storeOptions.read(LoyaltyOptionsImpl.class);
        if (options.getWarningDays() == 0) {
            return 0;
        }
        Date now = DatabaseTimes.toTheSecond(at);
        String run = UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO CNC_LOYALTY_WARNING (CUSTOMER_ID, KEEP_UNTIL, TIER_ID, METRIC_VALUE, RUN_ID,"
                + " WARNED_AT) SELECT s.CUSTOMER_ID, s.KEEP_UNTIL, s.TIER_ID, s.METRIC_VALUE, :run, :now"
                + " FROM CNC_LOYALTY_STANDING s JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = s.CUSTOMER_ID"
                + " WHERE s.TIER_ID IS NOT NULL AND s.KEEP_UNTIL > :now AND s.KEEP_UNTIL <= :horizon"
                + " AND c.IS_REGISTERED = :registered AND c.EMAIL_ADDRESS IS NOT NULL AND NOT EXISTS (SELECT 1"
                + " FROM CNC_LOYALTY_WARNING w WHERE w.CUSTOMER_ID = s.CUSTOMER_ID AND w.KEEP_UNTIL = s.KEEP_UNTIL)")
                .setParameter("run", run).setParameter("now", now).setParameter("registered", Boolean.TRUE)
                .setParameter("horizon", new Date(now.getTime() + TimeUnit.DAYS.toMillis(options.getWarningDays())))
                .executeUpdate();
        Map<Long, LoyaltyTier> tiers = new HashMap<Long, LoyaltyTier>();
        List<LoyaltyTier> ranked = em.createQuery("select t from LoyaltyTierImpl t order by t.rank",
                LoyaltyTier.class).getResultList();
        ranked.forEach(tier -> tiers.put(tier.getId(), tier));
        int mailed = 0;
        for (Object row : em.createNativeQuery("SELECT w.CUSTOMER_ID, w.KEEP_UNTIL, w.TIER_ID, w.METRIC_VALUE,"
                + " " + LoyaltyMailRecipient.COLUMNS + " FROM CNC_LOYALTY_WARNING w"
                + " JOIN BLC_CUSTOMER c ON c.CUSTOMER_ID = w.CUSTOMER_ID WHERE w.RUN_ID = :run ORDER BY w.CUSTOMER_ID")
                .setParameter("run", run).getResultList()) {
            Object[] warning = (Object[]) row;
            LoyaltyTier tier = tiers.get(((Number) warning[2]).longValue());
            if (tier == null) {
                continue;
            }
            Date keepUntil = (Date) warning[1];
            Locale locale = LoyaltyMailRecipient.locale(warning[6]);
            Map<String, Object> model = new HashMap<String, Object>();
            model.put("firstName", warning[5]);
            model.put("tier", tier.nameIn(locale));
            LoyaltyTier lower = below(tier, ranked);
            model.put("lowerTier", lower == null ? null : lower.nameIn(locale));
            model.put("keptUntil", keepUntil);
            model.put("metric", options.getMetric().getType());
            BigDecimal missing = missing(tier, new BigDecimal(warning[3].toString()));
            // An amount of money in the store's currency, or a number of orders.
            model.put("missing", options.getMetric().isCount() ? missing : new Money(missing));
            model.put("link", storefront.resolve("/account/loyalty"));
            outbox.enqueue("loyalty.downgrade-warning:" + warning[0] + ":" + keepUntil.getTime(),
                    warning[4].toString(), templates.render(MAIL, locale, model));
            mailed++;
        }
        return mailed;
    }

    /** What is missing to reach the tier's keep threshold (never negative). */
    static BigDecimal missing(LoyaltyTier tier, BigDecimal value) {
        BigDecimal missing = tier.getKeepThreshold().subtract(value);
        return missing.signum() < 0 ? BigDecimal.ZERO : missing;
    }

    /** The tier one rank down, or null. */
    private static LoyaltyTier below(LoyaltyTier tier, List<LoyaltyTier> ranked) {
        LoyaltyTier lower = null;
        for (LoyaltyTier other : ranked) {
            if (other.getRank() < tier.getRank()) {
                lower = other;
            }
        }
        return lower;
    }
}
