package io.concierge.core.loyalty;

import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.JobLeases;
import io.concierge.core.kernel.mail.MailTemplates;
import io.concierge.core.kernel.mail.OutboxMail;
import io.concierge.core.kernel.mail.RenderedMail;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferCodeImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The one-time entry reward on the test database (HSQLDB; PostgreSQL and MariaDB with the profiles), Expedition
 * giving 15.00 off the next order while these tests run: entering the tier once gives one single-use code and one
 * mail; dropping out and entering again gives none; an entry logged before the reward was set gives none; two nodes running at once give one; the unique key refuses a
 * second reward even so. End to end through Broadleaf's pricing, the code takes 15.00 off its customer's cart (an
 * Expedition cart of 25.00, shipping free), nothing off another shopper's, and once used it is used up. A reward
 * valid 90 days ends its offer and code then and its mail says until when; one that has ended takes nothing off and
 * is no longer listed.
 */
@ExtendWith(BroadleafContextExtension.class)
class LoyaltyEntryRewardsIT {

    @Resource(name = "cncLoyaltyEntryRewards")
    LoyaltyEntryRewards rewards;

    @Resource(name = "cncLoyalty")
    LoyaltyStandings standings;

    @Resource(name = "cncLoyaltyOffers")
    LoyaltyOffers offers;

    @Resource(name = "cncJobLeases")
    JobLeases leases;

    @Resource(name = "cncMailTemplates")
    MailTemplates templates;

    @Resource(name = "blOfferService")
    OfferService offerService;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private LoyaltyTiers tiers;
    private TestOrders orders;

    @BeforeEach
    void expeditionRewardsItsNewcomers() {
        tiers = LoyaltyTiers.inDatabase();
        orders = TestOrders.fromContext();
        reward(LoyaltyRewardKind.AMOUNT_OFF, new BigDecimal("15.00"));
        assertThat(offers.sync()).isTrue();
    }

    @AfterEach
    void noRewardForOtherTests() {
        reward(LoyaltyRewardKind.NONE, null);
        validFor(0);
    }

    private void reward(LoyaltyRewardKind kind, BigDecimal value) {
        tiers.inTransaction(status -> {
            LoyaltyTier expedition = em.find(LoyaltyTierImpl.class, tiers.expedition.getId());
            expedition.setRewardKind(kind);
            expedition.setRewardValue(value);
            return null;
        });
    }

    private void validFor(int days) {
        tiers.inTransaction(status -> {
            em.find(LoyaltyTierImpl.class, tiers.expedition.getId()).setRewardValidDays(days);
            return null;
        });
    }

    private Customer enteringExpedition() {
        Customer customer = tiers.registeredCustomer();
        standings.assign(customer.getId(), tiers.expedition.getId(), "entry reward test", null, "tester");
        return customer;
    }

    /** A customer entering Expedition while its reward is valid for these days, after a run. */
    private Customer rewardedNewcomer(int validDays) {
        validFor(validDays);
        Customer customer = enteringExpedition();
        run();
        return customer;
    }

    private Integer run() {
        Integer[] given = new Integer[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (given[0] = rewards.runNow(new Date())) != null);
        return given[0];
    }

    private List<LoyaltyRewardImpl> rewardsOf(Customer customer) {
        return tiers.inTransaction(status -> em.createQuery("select r from LoyaltyRewardImpl r"
                + " where r.customerId = :customer", LoyaltyRewardImpl.class)
                .setParameter("customer", customer.getId()).getResultList());
    }

    private List<OutboxMail> mailsTo(Customer customer) {
        return tiers.inTransaction(status -> em.createQuery("select m from OutboxMailImpl m"
                        + " where m.idempotencyKey like :key", OutboxMail.class)
                .setParameter("key", "loyalty.entry-reward:" + customer.getId() + ":%").getResultList());
    }

    @Test
    void enteringTheTierGivesOneSingleUseCodeForThatCustomerAndOneMailAndReenteringGivesNone() {
        Customer customer = enteringExpedition();
        run();
        List<LoyaltyRewardImpl> given = rewardsOf(customer);
        assertThat(given).hasSize(1);
        LoyaltyRewardImpl reward = given.get(0);
        assertThat(reward.getTierId()).isEqualTo(tiers.expedition.getId());
        assertThat(reward.getCode()).matches("LOY-[A-Z2-9]{10}");
        assertThat(reward.getKind()).isEqualTo(LoyaltyRewardKind.AMOUNT_OFF);
        assertThat(reward.getValidUntil()).as("0 days: until used").isNull();
        tiers.inTransaction(status -> {
            OfferCode code = offerService.lookupOfferCodeByCode(reward.getCode());
            assertThat(code.getMaxUses()).isEqualTo(1);
            assertThat(code.getEndDate()).isNull();
            assertThat(code.getOffer().getEndDate()).isNull();
            Offer offer = code.getOffer();
            assertThat(offer.getId()).isEqualTo(reward.getOfferId());
            assertThat(offer.getValue()).isEqualByComparingTo("15.00");
            assertThat(offer.getMaxUsesPerCustomer()).isEqualTo(1L);
            assertThat(offer.getOfferMatchRules().get("CUSTOMER").getMatchRule())
                    .isEqualTo("customer.id == " + customer.getId() + "L");
            return null;
        });
        assertThat(rewards.unusedOf(customer.getId())).extracting(LoyaltyRewardImpl::getCode)
                .containsExactly(reward.getCode());

        List<OutboxMail> mails = mailsTo(customer);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getRecipient()).isEqualTo(customer.getEmailAddress());
        assertThat(mails.get(0).getSubject()).isEqualTo("Welcome to Expedition: a coupon for your next order");
        assertThat(mails.get(0).getTextBody()).contains("$15.00 off your next order", reward.getCode(),
                "/account/loyalty");
        assertThat(mails.get(0).getHtmlBody()).contains(reward.getCode());
        assertThat(mails.get(0).getTextBody()).doesNotContain("valid through");

        run();
        assertThat(rewardsOf(customer)).as("a second run").hasSize(1);
        assertThat(standings.revoke(customer.getId(), "tester")).isTrue();
        assertThat(standings.tierOf(customer.getId()).getId()).as("Expedition has no grace: down to Summit")
                .isEqualTo(tiers.summit.getId());
        standings.assign(customer.getId(), tiers.expedition.getId(), "back again", null, "tester");
        run();
        assertThat(rewardsOf(customer)).as("re-entering the tier").hasSize(1);
        assertThat(mailsTo(customer)).hasSize(1);
    }

    @Test
    void anEntryBeforeTheRewardWasSetEarnsNothing() throws InterruptedException {
        reward(LoyaltyRewardKind.NONE, null);
        Customer before = enteringExpedition();
        // The change log and the reward's start are kept to the second.
        Thread.sleep(1_100);
        reward(LoyaltyRewardKind.AMOUNT_OFF, new BigDecimal("15.00"));
        run();
        assertThat(rewardsOf(before)).isEmpty();
        assertThat(mailsTo(before)).isEmpty();
    }

    @Test
    void twoNodesRunningAtOnceGiveOneRewardAndTheUniqueKeyRefusesASecond() throws Exception {
        Customer customer = enteringExpedition();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<Future<Integer>>();
            Callable<Integer> node = () -> {
                start.await();
                return rewards.runNow(new Date());
            };
            runs.add(nodes.submit(node));
            runs.add(nodes.submit(node));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            nodes.shutdown();
        }
        run();
        assertThat(rewardsOf(customer)).hasSize(1);
        assertThat(mailsTo(customer)).hasSize(1);

        LoyaltyRewardImpl given = rewardsOf(customer).get(0);
        assertThatThrownBy(() -> tiers.inTransaction(status -> {
            em.persist(new LoyaltyRewardImpl(customer.getId(), tiers.expedition.getId(), given.getChangeId(),
                    given.getOfferId(), given.getOfferCodeId(), "LOY-AGAIN", LoyaltyRewardKind.AMOUNT_OFF,
                    BigDecimal.ONE, new Date(), null));
            em.flush();
            return null;
        })).as("unique per customer and tier").isInstanceOf(RuntimeException.class);
        assertThat(rewardsOf(customer)).hasSize(1);
    }

    @Test
    void theCodeTakesItsAmountOffItsCustomersCartOnlyAndWorksOnce() throws Exception {
        Customer customer = enteringExpedition();
        run();
        String code = rewardsOf(customer).get(0).getCode();

        Customer other = enteringExpedition();
        assertThat(totalWithCode(other, code)).as("another customer's cart").isEqualByComparingTo("25.00");
        assertThat(totalWithCode(customer, code)).as("25.00 - 15.00, shipping free").isEqualByComparingTo("10.00");

        Order placed = orders.checkedOutBy(customer, code);
        assertThat(placed.getTotal().getAmount()).isEqualByComparingTo("10.00");
        assertThat(rewards.unusedOf(customer.getId())).as("used: no longer shown").isEmpty();
        assertThatThrownBy(() -> totalWithCode(customer, code)).as("used up")
                .isInstanceOf(OfferMaxUseExceededException.class);
    }

    @Test
    void aPercentageRewardTakesItsShareOffTheCart() throws Exception {
        reward(LoyaltyRewardKind.PERCENT_OFF, new BigDecimal("20"));
        Customer customer = enteringExpedition();
        run();
        String code = rewardsOf(customer).get(0).getCode();
        assertThat(totalWithCode(customer, code)).as("25.00 - 20 %").isEqualByComparingTo("20.00");
        assertThat(mailsTo(customer).get(0).getTextBody()).contains("20% off your next order");
    }

    @Test
    void aRewardValidFor90DaysEndsItsOfferThenAndTheMailSaysUntilWhen() throws Exception {
        Customer customer = rewardedNewcomer(90);
        LoyaltyRewardImpl reward = rewardsOf(customer).get(0);
        LocalDate lastDay = reward.getGrantedAt().toInstant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(90);
        assertThat(reward.getValidUntil().toInstant()).as("the end of its last day, UTC")
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(reward.getValidThrough()).isEqualTo(lastDay);
        tiers.inTransaction(status -> {
            OfferCode code = offerService.lookupOfferCodeByCode(reward.getCode());
            assertThat(code.getOffer().getEndDate()).isEqualTo(reward.getValidUntil());
            assertThat(code.getEndDate()).isEqualTo(reward.getValidUntil());
            return null;
        });
        assertThat(mailsTo(customer).get(0).getTextBody()).contains("It is valid through "
                + DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US).format(lastDay) + ".");
        assertThat(mailsTo(customer).get(0).getHtmlBody()).contains("It is valid through ");
        assertThat(rewards.unusedOf(customer.getId())).extracting(LoyaltyRewardImpl::getCode)
                .containsExactly(reward.getCode());
        assertThat(totalWithCode(customer, reward.getCode())).as("still valid").isEqualByComparingTo("10.00");
    }

    @Test
    void anEndedCouponTakesNothingOffThroughBroadleafsPricingAndIsNoLongerListed() throws Exception {
        Customer customer = rewardedNewcomer(1);
        LoyaltyRewardImpl reward = rewardsOf(customer).get(0);
        // As if it had been given three days ago: valid through the day after that, it has ended.
        long threeDays = TimeUnit.DAYS.toMillis(3);
        tiers.inTransaction(status -> {
            LoyaltyRewardImpl given = em.find(LoyaltyRewardImpl.class, reward.getId());
            given.grantedAt = new Date(given.grantedAt.getTime() - threeDays);
            given.validUntil = new Date(given.validUntil.getTime() - threeDays);
            OfferCode code = em.find(OfferCodeImpl.class, reward.getOfferCodeId());
            code.setStartDate(new Date(code.getStartDate().getTime() - threeDays));
            code.setEndDate(given.validUntil);
            Offer offer = code.getOffer();
            offer.setStartDate(code.getStartDate());
            offer.setEndDate(given.validUntil);
            return null;
        });
        assertThat(rewards.unusedOf(customer.getId())).as("ended: no longer shown").isEmpty();
        assertThat(totalWithCode(customer, reward.getCode())).as("nothing off").isEqualByComparingTo("25.00");
    }

    private BigDecimal totalWithCode(Customer customer, String code) throws Exception {
        return orders.withOpenEntityManager(() -> orders.orderService.addOfferCode(orders.pricedCartOf(customer),
                offerService.lookupOfferCodeByCode(code), true).getTotal().getAmount());
    }

    @Test
    void theMailIsWrittenInPortugueseAndSpanish() {
        Map<String, Object> model = new HashMap<String, Object>();
        model.put("firstName", "Ana");
        model.put("tier", "Cume");
        model.put("code", "LOY-ABCDEFGHJK");
        model.put("kind", LoyaltyRewardKind.AMOUNT_OFF.getType());
        model.put("amount", new Money("15.00"));
        model.put("percent", "15");
        model.put("link", "http://shop.example/account/loyalty");
        model.put("validThrough", "15 de janeiro de 2027");
        RenderedMail portuguese = templates.render(LoyaltyEntryRewards.MAIL, new Locale("pt", "BR"), model);
        assertThat(portuguese.getSubject()).isEqualTo("Bem-vindo ao Cume: um cupom para o seu pr\u00f3ximo pedido");
        assertThat(portuguese.getTextBody()).contains("Ol\u00e1, Ana,", "15,00", "LOY-ABCDEFGHJK",
                "Ele vale at\u00e9 15 de janeiro de 2027.");
        model.put("kind", LoyaltyRewardKind.PERCENT_OFF.getType());
        model.put("validThrough", "15 de enero de 2027");
        RenderedMail spanish = templates.render(LoyaltyEntryRewards.MAIL, new Locale("es", "ES"), model);
        assertThat(spanish.getTextBody()).contains("Hola, Ana:", "15 % de descuento", "LOY-ABCDEFGHJK",
                "Es v\u00e1lido hasta el 15 de enero de 2027.");
        assertThat(spanish.getHtmlBody()).contains("href=\"http://shop.example/account/loyalty\"");
    }
}
