package io.concierge.core.survey;

import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.CustomerSegments;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.loyalty.LoyaltyTierSegments;
import io.concierge.core.survey.SurveyFigures.Breakdown;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard reads its rollup, written with each answer; its figures are those the row-level queries give
 * ({@link RowLevelFigures}), to the last count, after answers recorded one by one and by eight threads at once, after
 * follow-ups edited, and after the rollup is rebuilt from the rows; on each of the three databases.
 */
@ExtendWith(BroadleafContextExtension.class)
class SurveyRollupIT {

    private static final String[] CARRIERS = {"UPS", "Correios", "SEUR", "UPS", "Correios", null};
    private static final int[] SCORES = {2, 3, 5, 9, 10, 7, 0, 8, 10, 6, 9, 4};

    @Resource(name = "cncSurveyDashboard")
    SurveyDashboard dashboard;

    @Resource(name = "cncSurveyDispatch")
    SurveyDispatch dispatch;

    @Resource(name = "cncSurveyAnswers")
    SurveyAnswers answers;

    @Resource(name = "cncSurveyLinks")
    SurveyLinks links;

    @Resource(name = "cncSurveyRollup")
    SurveyRollup rollup;

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timelines;

    @Resource(name = "blCatalogService")
    CatalogService catalog;

    @Autowired
    List<CustomerSegments> segmentations;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final TestOrders orders = TestOrders.fromContext();
    private final Date now = new Date();
    private final String run = String.valueOf(now.getTime());

    @Test
    void theRollupGivesTheRowLevelFiguresAfterAnswersEditsAndARebuild() throws Exception {
        orders.inTransaction(status -> em.createQuery("update SurveyImpl s set s.active = false").executeUpdate());
        long surveyId = orders.inTransaction(status -> {
            SurveyImpl survey = new SurveyImpl();
            survey.setName("Rollup NPS " + run);
            survey.setKind(SurveyKind.NPS);
            survey.setTrigger(SurveyTrigger.AFTER_DELIVERY);
            survey.setTriggerDays(5);
            em.persist(survey);
            return survey.getId();
        });
        List<Long> reasons = new ArrayList<Long>();
        for (String label : new String[] {"Late", "Broken", "Wrong size"}) {
            reasons.add(orders.inTransaction(status -> {
                SurveyReasonImpl reason = SurveyReasonImpl.of(em.find(SurveyImpl.class, surveyId), label + " " + run,
                        reasons.size());
                em.persist(reason);
                return reason.getId();
            }));
        }
        List<Long> categories = new ArrayList<Long>();
        for (String name : new String[] {"Boots", "Tents"}) {
            categories.add(orders.inTransaction(status -> {
                Category category = catalog.createCategory();
                category.setName(name + " " + run);
                return catalog.saveCategory(category).getId();
            }));
        }
        long[] tiers = {-970_001L, -970_002L};
        for (int t = 0; t < tiers.length; t++) {
            long tier = tiers[t];
            int rank = 9_001 + t;
            orders.inTransaction(status -> em.createNativeQuery("INSERT INTO CNC_LOYALTY_TIER (TIER_ID, TIER_RANK,"
                    + " NAME_EN, ENTRY_THRESHOLD, KEEP_THRESHOLD, GRACE_DAYS, DISCOUNT_PERCENT, FREE_SHIPPING,"
                    + " PRIORITY_SUPPORT) VALUES (" + tier + ", " + rank + ", 'Tier " + rank + " " + run
                    + "', 100000, 100000, 0, 0, FALSE, FALSE)").executeUpdate());
        }

        List<Order> delivered = new ArrayList<Order>();
        for (int i = 0; i < SCORES.length; i++) {
            Order order = orders.checkedOut();
            String carrier = CARRIERS[i % CARRIERS.length];
            timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "carrier")
                    .shipment(carrier, null, null).at(daysAgo(8)));
            timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.DELIVERED, "carrier")
                    .at(daysAgo(6)));
            long productId = orders.inTransaction(status -> BroadleafOrders.productsOf(
                    orders.orderService.findOrderById(order.getId())).get(0).getId());
            int slice = i;
            orders.inTransaction(status -> {
                if (slice < 3) {
                    // Three products of one name: one slice of the product breakdown.
                    em.createNativeQuery("UPDATE BLC_SKU SET NAME = :name WHERE SKU_ID = (SELECT p.DEFAULT_SKU_ID"
                            + " FROM BLC_PRODUCT p WHERE p.PRODUCT_ID = :product)").setParameter("name",
                            "Shared boots " + run).setParameter("product", productId).executeUpdate();
                }
                if (slice % 3 != 2) {
                    em.createNativeQuery("UPDATE BLC_PRODUCT SET DEFAULT_CATEGORY_ID = :category WHERE PRODUCT_ID"
                            + " = :product").setParameter("category", categories.get(slice % 3))
                            .setParameter("product", productId).executeUpdate();
                }
                if (slice % 4 == 1) {
                    em.createNativeQuery("INSERT INTO CNC_ORDER_AUDIT (AUDIT_ID, ORDER_ID, CHANGE_TYPE, SOURCE,"
                            + " ACTOR_KIND, ACTOR_ID, CHANGED_AT, AFTER_STATE) VALUES (:id, :order, 'ADDRESS',"
                            + " 'STOREFRONT', 'CUSTOMER', 'shopper', :at, '{}')").setParameter("id", -980_000L - slice
                            - (now.getTime() % 10_000) * 100).setParameter("order", order.getId())
                            .setParameter("at", now).executeUpdate();
                }
                long customer = order.getCustomer().getId();
                em.createNativeQuery("DELETE FROM CNC_LOYALTY_STANDING WHERE CUSTOMER_ID = :customer")
                        .setParameter("customer", customer).executeUpdate();
                if (slice % 3 != 0) {
                    em.createNativeQuery("INSERT INTO CNC_LOYALTY_STANDING (CUSTOMER_ID, TIER_ID, METRIC_VALUE,"
                            + " SINCE, EVALUATED_AT) VALUES (:customer, :tier, 0, :at, :at)")
                            .setParameter("customer", customer).setParameter("tier", tiers[slice % 3 - 1])
                            .setParameter("at", now).executeUpdate();
                }
                return null;
            });
            delivered.add(order);
        }
        dispatch.dispatch(now);
        long mailed = orders.inTransaction(status -> em.createQuery("select count(i) from SurveyInvitationImpl i"
                + " where i.surveyId = :survey and i.sentAt is not null", Long.class).setParameter("survey", surveyId)
                .getSingleResult());
        assertThat(mailed).as("mailed by this run or the scheduled one").isEqualTo(SCORES.length);

        // Four answers one by one, then eight by eight threads at once: the same day's rows, counted by each.
        for (int i = 0; i < 4; i++) {
            assertThat(answers.click(tokenFor(delivered.get(i), SCORES[i]), now).isJustRecorded()).isTrue();
        }
        ExecutorService pool = Executors.newFixedThreadPool(SCORES.length - 4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> clicks = new ArrayList<Future<Boolean>>();
            for (int i = 4; i < SCORES.length; i++) {
                String token = tokenFor(delivered.get(i), SCORES[i]);
                clicks.add(pool.submit(() -> {
                    start.await();
                    return answers.click(token, now).isJustRecorded();
                }));
            }
            start.countDown();
            for (Future<Boolean> click : clicks) {
                assertThat(click.get(2, TimeUnit.MINUTES)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers.click(tokenFor(delivered.get(3), 0), now).isJustRecorded()).as("one answer per invitation")
                .isFalse();

        // Follow-ups, then edits: the reasons' counts move, nothing else does.
        followUp(delivered.get(0), SCORES[0], reasons.get(0), reasons.get(1));
        followUp(delivered.get(0), SCORES[0], reasons.get(1), reasons.get(2));
        followUp(delivered.get(1), SCORES[1], reasons.get(0));
        followUp(delivered.get(1), SCORES[1]);
        followUp(delivered.get(2), SCORES[2], reasons.get(0), reasons.get(2));
        followUp(delivered.get(6), SCORES[6], reasons.get(2));

        SurveyDashboard.Period period = SurveyDashboard.Period.lastWeeks(surveyId, 12, now, dashboard.zone());
        SurveyFigures figures = dashboard.figures(period);
        List<String> rows = rowLevel(figures, period);
        assertThat(RowLevelFigures.of(figures)).containsExactlyElementsOf(rows);

        assertThat(figures.getTotal().getAnswers()).isEqualTo(SCORES.length);
        assertThat(figures.getMailed()).isEqualTo(SCORES.length);
        assertThat(figures.getReasons()).extracting(r -> r.getLabel() + " " + r.getAnswers())
                .containsExactly("Wrong size " + run + " 3", "Broken " + run + " 1", "Late " + run + " 1");
        assertThat(figures.breakdown(Breakdown.CARRIER.name())).extracting(ScoreCounts::getLabel)
                .containsExactly("Correios", "UPS", "SEUR");
        assertThat(figures.breakdown(Breakdown.PRODUCT.name()).get(0).getLabel()).isEqualTo("Shared boots " + run);
        assertThat(figures.breakdown(Breakdown.PRODUCT.name()).get(0).getAnswers()).isEqualTo(3);
        assertThat(figures.breakdown(Breakdown.CATEGORY.name())).hasSize(2);
        assertThat(figures.breakdown(Breakdown.SELF_SERVICE.name())).extracting(s -> s.getLabel() + " " + s.getAnswers())
                .containsExactly("no 9", "yes 3");
        assertThat(figures.breakdown(LoyaltyTierSegments.KEY)).extracting(s -> s.getLabel() + " " + s.getAnswers())
                .containsExactly("Tier 9001 " + run + " 4", "Tier 9002 " + run + " 4");

        orders.inTransaction(status -> {
            rollup.rebuild(surveyId);
            return null;
        });
        assertThat(RowLevelFigures.of(dashboard.figures(period))).as("rebuilt from the rows")
                .containsExactlyElementsOf(rows);
        assertThat(rollup.rebuildWhereMissing()).as("every survey with answers has its counts").isZero();

        // An upgrade: answers recorded before the rollup existed are counted once a node starts.
        orders.inTransaction(status -> em.createNativeQuery("DELETE FROM " + SurveyDayCountImpl.TABLE
                + " WHERE SURVEY_ID = :survey").setParameter("survey", surveyId).executeUpdate());
        assertThat(rollup.rebuildWhereMissing()).isPositive();
        assertThat(RowLevelFigures.of(dashboard.figures(period))).as("rebuilt where missing")
                .containsExactlyElementsOf(rows);
    }

    private List<String> rowLevel(SurveyFigures figures, SurveyDashboard.Period period) {
        return orders.inTransaction(status -> RowLevelFigures.fromRows(em, figures,
                period.since(dashboard.zone()), period.until(dashboard.zone()), dashboard.zone(),
                segmentations, "CNC_SURVEY_REASON", "LABEL_EN"));
    }

    private void followUp(Order order, int score, Long... reasonIds) {
        assertThat(answers.followUp(tokenFor(order, score), Arrays.asList(reasonIds), null, now)).isEmpty();
    }

    private Date daysAgo(int days) {
        return new Date(now.getTime() - TimeUnit.DAYS.toMillis(days));
    }

    private String tokenFor(Order order, int score) {
        Long invitation = orders.inTransaction(status -> em.createQuery("select i.id from SurveyInvitationImpl i"
                + " where i.orderId = :order", Long.class).setParameter("order", order.getId()).getSingleResult());
        return links.answerToken(invitation, score, now);
    }
}
