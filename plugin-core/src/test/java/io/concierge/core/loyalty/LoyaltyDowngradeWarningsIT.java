package io.concierge.core.loyalty;

import io.concierge.core.kernel.JobLeases;
import io.concierge.core.kernel.StoreOptionsService;
import io.concierge.core.kernel.mail.MailTemplates;
import io.concierge.core.kernel.mail.OutboxMail;
import io.concierge.core.kernel.mail.RenderedMail;
import io.concierge.core.kernel.orders.OrderEventListener;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The downgrade warning on the test database (HSQLDB; PostgreSQL and MariaDB with the profiles): a Summit customer
 * whose refund leaves them below the keep threshold is mailed once, when the end of their 30 grace days is within
 * the options' warning days, with the amount that keeps the tier; never twice for that grace period, whatever the
 * runs; not while another node holds the job's lease; not at all with 0 warning days. The mail in Portuguese and
 * Spanish.
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltyDowngradeWarningsIT {

    @Resource(name = "cncLoyaltyDowngradeWarnings")
    LoyaltyDowngradeWarnings warnings;

    @Resource(name = "cncLoyaltyEvaluation")
    LoyaltyEvaluation evaluation;

    @Resource(name = "cncLoyaltyOrderEvents")
    OrderEventListener orderEvents;

    @Resource(name = "cncStoreOptions")
    StoreOptionsService storeOptions;

    @Resource(name = "cncJobLeases")
    JobLeases leases;

    @Resource(name = "cncMailTemplates")
    MailTemplates templates;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private LoyaltyTiers tiers;

    @BeforeEach
    void programme() {
        tiers = LoyaltyTiers.inDatabase();
    }

    private static Date daysFromNow(int days) {
        return new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(days));
    }

    /** A Summit customer (250 spent) whose refund of 120 leaves 130, below Summit's keep threshold of 150. */
    private Customer inSummitsGrace() {
        Customer customer = tiers.registeredCustomer();
        Order order = tiers.placed(customer, "250.00", 3);
        tiers.inTransaction(status -> evaluation.evaluate(customer.getId(), customer.getId(),
                LoyaltyChangeReason.ORDER, new Date()));
        tiers.inTransaction(status -> {
            orderEvents.eventRecorded(new RefundEvent(-80_000_000L - order.getId(), order.getId(),
                    new BigDecimal("120.00")));
            return null;
        });
        return customer;
    }

    private Integer run(Date at) {
        Integer[] mailed = new Integer[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (mailed[0] = warnings.runNow(at)) != null);
        return mailed[0];
    }

    private List<OutboxMail> mailsTo(Customer customer) {
        return tiers.inTransaction(status -> em.createQuery("select m from OutboxMailImpl m"
                        + " where m.idempotencyKey like :key", OutboxMail.class)
                .setParameter("key", "loyalty.downgrade-warning:" + customer.getId() + ":%").getResultList());
    }

    private void warningDays(int days) {
        tiers.inTransaction(status -> {
            LoyaltyOptionsImpl options = storeOptions.read(LoyaltyOptionsImpl.class);
            options.setWarningDays(days);
            return storeOptions.save(options);
        });
    }

    @Test
    void theCustomerIsWarnedOnceWithinTheWarningDaysWithTheAmountThatKeepsTheTier() {
        warningDays(10);
        try {
            Customer customer = inSummitsGrace();
            run(new Date());
            assertThat(mailsTo(customer)).as("the grace ends in 30 days, beyond the 10 days").isEmpty();

            String otherNode = JobLeases.newHolder();
            assertThat(leases.tryTake(LoyaltyDowngradeWarnings.JOB, otherNode, Duration.ofMinutes(5))).isTrue();
            try {
                assertThat(warnings.runNow(daysFromNow(21))).isNull();
            } finally {
                leases.release(LoyaltyDowngradeWarnings.JOB, otherNode);
            }
            assertThat(mailsTo(customer)).as("another node holds the lease").isEmpty();

            assertThat(run(daysFromNow(21))).isGreaterThanOrEqualTo(1);
            List<OutboxMail> mails = mailsTo(customer);
            assertThat(mails).hasSize(1);
            OutboxMail mail = mails.get(0);
            assertThat(mail.getRecipient()).isEqualTo(customer.getEmailAddress());
            assertThat(mail.getSubject()).isEqualTo("Your Summit tier: what keeps it");
            assertThat(mail.getTextBody()).contains("you keep your Summit tier until", "Spend $20.00 more by then",
                    "After that date your tier becomes Trail.", "/account/loyalty");
            assertThat(mail.getHtmlBody()).contains("Spend $20.00 more by then");

            run(daysFromNow(22));
            run(daysFromNow(25));
            assertThat(mailsTo(customer)).as("once per grace period").hasSize(1);
        } finally {
            warningDays(7);
        }
    }

    @Test
    void noWarningDaysNoMail() {
        warningDays(0);
        try {
            Customer customer = inSummitsGrace();
            assertThat(run(daysFromNow(29))).isZero();
            assertThat(mailsTo(customer)).isEmpty();
        } finally {
            warningDays(7);
        }
    }

    @Test
    void theMailIsWrittenInPortugueseAndSpanish() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("firstName", "Ana");
        model.put("tier", "Cume");
        model.put("lowerTier", "Trilha");
        model.put("keptUntil", daysFromNow(5));
        model.put("metric", LoyaltyMetric.NET_SPEND.getType());
        model.put("missing", new Money("52.05"));
        model.put("link", "http://shop.example/account/loyalty");
        RenderedMail portuguese = templates.render(LoyaltyDowngradeWarnings.MAIL, new Locale("pt", "BR"), model);
        assertThat(portuguese.getSubject()).isEqualTo("Seu n\u00edvel Cume: o que o mant\u00e9m");
        assertThat(portuguese.getTextBody()).contains("Ol\u00e1, Ana,", "Compre mais", "52,05", "Trilha");
        model.put("metric", LoyaltyMetric.ORDER_COUNT.getType());
        model.put("missing", new BigDecimal("2"));
        RenderedMail spanish = templates.render(LoyaltyDowngradeWarnings.MAIL, new Locale("es", "ES"), model);
        assertThat(spanish.getTextBody()).contains("Hola, Ana:", "Haga 2 pedidos m\u00e1s");
        assertThat(spanish.getHtmlBody()).contains("href=\"http://shop.example/account/loyalty\"");
    }

    @Test
    void withPointsTheMailSaysThePointsThatKeepTheTierInEveryLanguage() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("tier", "Summit");
        model.put("lowerTier", "Trail");
        model.put("keptUntil", daysFromNow(5));
        model.put("metric", LoyaltyMetric.POINTS.getType());
        model.put("missing", new BigDecimal("40"));
        model.put("link", "http://shop.example/account/loyalty");
        assertThat(templates.render(LoyaltyDowngradeWarnings.MAIL, Locale.ENGLISH, model).getTextBody())
                .contains("Earn 40 more points by then to keep it.");
        assertThat(templates.render(LoyaltyDowngradeWarnings.MAIL, new Locale("pt", "BR"), model).getHtmlBody())
                .contains("Ganhe mais 40 pontos");
        assertThat(templates.render(LoyaltyDowngradeWarnings.MAIL, new Locale("es", "ES"), model).getTextBody())
                .contains("Gane 40 puntos m\u00e1s");
    }
}
