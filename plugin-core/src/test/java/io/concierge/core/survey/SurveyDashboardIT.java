package io.concierge.core.survey;

import io.concierge.core.helpcenter.cases.CaseReasonImpl;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.CapabilitySwitchService;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.loyalty.LoyaltyTierSegments;
import io.concierge.core.survey.SurveyFigures.Breakdown;
import io.concierge.core.testing.BroadleafContextExtension;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard's aggregates over real answers to real invitations: the index, the response rate, the week, the
 * detractors' reasons, the breakdowns by product and carrier, and the CSV export; on each of the three databases.
 */
@ExtendWith(BroadleafContextExtension.class)
class SurveyDashboardIT {

    @Resource(name = "cncSurveyDashboard")
    SurveyDashboard dashboard;

    @Resource(name = "cncSurveyDispatch")
    SurveyDispatch dispatch;

    @Resource(name = "cncSurveyAnswers")
    SurveyAnswers answers;

    @Resource(name = "cncSurveyLinks")
    SurveyLinks links;

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timelines;

    @Resource(name = "cncPoorlyRatedProducts")
    PoorlyRatedProducts poorlyRated;

    @Resource(name = "cncCapabilitySwitches")
    CapabilitySwitchService switches;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final TestOrders orders = TestOrders.fromContext();
    private final Date now = new Date();

    private Order deliveredBy(String carrier) throws Exception {
        Order order = orders.checkedOut();
        timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "carrier")
                .shipment(carrier, null, null).at(daysAgo(8)));
        timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.DELIVERED, "carrier")
                .at(daysAgo(6)));
        return order;
    }

    private Date daysAgo(int days) {
        return new Date(now.getTime() - TimeUnit.DAYS.toMillis(days));
    }

    private String tokenFor(Order order, int score) {
        Long invitation = orders.inTransaction(status -> em.createQuery("select i.id from SurveyInvitationImpl i"
                + " where i.orderId = :order", Long.class).setParameter("order", order.getId()).getSingleResult());
        return links.answerToken(invitation, score, now);
    }

    @Test
    void theFiguresCountEachAnswerOnceInEverySliceAndTheCsvHasEveryAnswer() throws Exception {
        orders.inTransaction(status -> em.createQuery("update SurveyImpl s set s.active = false").executeUpdate());
        long surveyId = orders.inTransaction(status -> {
            SurveyImpl survey = new SurveyImpl();
            survey.setName("Dashboard NPS");
            survey.setKind(SurveyKind.NPS);
            survey.setTrigger(SurveyTrigger.AFTER_DELIVERY);
            survey.setTriggerDays(5);
            em.persist(survey);
            return survey.getId();
        });
        long caseReasonId = orders.inTransaction(status -> {
            CaseReasonImpl reason = new CaseReasonImpl();
            reason.setLabel("Late (case) " + now.getTime());
            reason.setActive(true);
            em.persist(reason);
            return reason.getId();
        });
        long lateId = orders.inTransaction(status -> {
            SurveyReasonImpl reason = SurveyReasonImpl.of(em.find(SurveyImpl.class, surveyId),
                    "Parcel late " + now.getTime(), 10);
            reason.setLabelPtBr("Entrega atrasada " + now.getTime());
            reason.setCaseReason(em.find(CaseReasonImpl.class, caseReasonId));
            em.persist(reason);
            SurveyReasonImpl retired = SurveyReasonImpl.of(em.find(SurveyImpl.class, surveyId), "Retired", 20);
            retired.setActive(false);
            em.persist(retired);
            return reason.getId();
        });
        List<Order> answered = new ArrayList<Order>();
        for (String carrier : new String[] {"UPS", "UPS", "UPS", "Correios"}) {
            answered.add(deliveredBy(carrier));
        }
        List<Long> orderIds = new ArrayList<Long>();
        for (Order order : answered) {
            orderIds.add(order.getId());
        }
        orderIds.add(deliveredBy("Correios").getId());
        // Every node's scheduled dispatch may mail some of them first (a busy database makes that likely).
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            dispatch.dispatch(now);
            return orders.inTransaction(status -> em.createQuery("select count(i) from SurveyInvitationImpl i"
                    + " where i.orderId in :orders and i.status = :sent", Long.class).setParameter("orders", orderIds)
                    .setParameter("sent", InvitationStatus.SENT).getSingleResult()) == 5;
        });

        int[] scores = {2, 7, 9, 10};
        for (int i = 0; i < scores.length; i++) {
            assertThat(answers.click(tokenFor(answered.get(i), scores[i]), now).isJustRecorded()).isTrue();
        }
        // The detractor's order is in Portuguese: the survey's offered reasons in Portuguese, the case told so.
        orders.inTransaction(status -> em.createQuery("update SurveyInvitationImpl i set i.localeCode = 'pt_BR'"
                + " where i.orderId = :order").setParameter("order", answered.get(0).getId()).executeUpdate());
        AnswerPage detractor = answers.open(tokenFor(answered.get(0), 2), now);
        assertThat(detractor.getReasons()).extracting(AnswerPage.Reason::getLabel)
                .containsExactly("Entrega atrasada " + now.getTime());
        assertThat(answers.open(tokenFor(answered.get(2), 9), now).getReasons()).as("a promoter's page").isEmpty();
        Long otherSurveysReason = orders.inTransaction(status -> em.createQuery("select r.id from SurveyReasonImpl r"
                + " where r.labelEn = 'Retired'", Long.class).getSingleResult());
        assertThat(answers.followUp(tokenFor(answered.get(0), 2), Collections.singletonList(otherSurveysReason),
                null, now)).as("a retired reason").containsEntry(SurveyAnswers.REASONS, SurveyAnswers.UNKNOWN_REASON);
        assertThat(answers.followUp(tokenFor(answered.get(0), 2), Collections.singletonList(lateId),
                "=HYPERLINK(\"http://evil.example\")", now)).isEmpty();
        Long caseId = orders.inTransaction(status -> em.createQuery("select a.caseId from SurveyAnswerImpl a"
                + " where a.orderId = :order", Long.class).setParameter("order", answered.get(0).getId())
                .getSingleResult());
        assertThat(orders.inTransaction(status -> em.createNativeQuery("SELECT REASON_ID FROM CNC_SUPPORT_CASE"
                + " WHERE CASE_ID = :id").setParameter("id", caseId).getSingleResult()).toString())
                .as("the survey reason's case reason classifies the case").isEqualTo(String.valueOf(caseReasonId));
        assertThat(orders.inTransaction(status -> em.createNativeQuery("SELECT BODY FROM CNC_CASE_MESSAGE"
                + " WHERE CASE_ID = :id").setParameter("id", caseId).getResultList()).toString())
                .contains("Entrega atrasada " + now.getTime());

        SurveyFigures figures = dashboard.figures(SurveyDashboard.Period.lastWeeks(surveyId, 12, now, dashboard.zone()));

        assertThat(figures.getTotal().getAnswers()).isEqualTo(4);
        assertThat(figures.getIndex()).as("(2 promoters - 1 detractor) of 4").isEqualTo(25.0);
        assertThat(figures.getTotal().getAverageScore()).isEqualTo(7.0);
        assertThat(figures.getMailed()).isEqualTo(5);
        assertThat(figures.getResponseRate()).isEqualTo(80.0);
        assertThat(figures.getWeeks()).hasSize(12);
        assertThat(figures.getByWeek().get(figures.getByWeek().size() - 1).getAnswers()).isEqualTo(4);
        assertThat(figures.getReasons()).extracting(SurveyFigures.ReasonCount::getLabel).containsExactly("Parcel late " + now.getTime());
        List<ScoreCounts> carriers = figures.breakdown(Breakdown.CARRIER.name());
        assertThat(carriers).extracting(ScoreCounts::getLabel).containsExactly("UPS", "Correios");
        assertThat(carriers.get(0).getAnswers()).isEqualTo(3);
        assertThat(carriers.get(0).index(SurveyKind.NPS)).as("2, 7, 9").isEqualTo(0.0);
        assertThat(figures.breakdown(Breakdown.PRODUCT.name())).hasSize(4)
                .allSatisfy(product -> assertThat(product.getAnswers()).isEqualTo(1));
        assertThat(figures.breakdown(Breakdown.SELF_SERVICE.name())).extracting(ScoreCounts::getLabel)
                .containsExactly("no");

        assertThat(figures.breakdown(LoyaltyTierSegments.KEY)).as("loyalty's segments, none held by these guests")
                .isEmpty();

        StringBuilder csv = new StringBuilder();
        dashboard.answersAsCsv(SurveyDashboard.Period.lastWeeks(surveyId, 12, now, dashboard.zone()), csv);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.toString())).getRecords();
        assertThat(rows).extracting(row -> row.get("score")).containsExactly("2", "7", "9", "10");
        assertThat(rows.get(0).get("order_number")).isEqualTo(answered.get(0).getOrderNumber());
        assertThat(rows.get(0).get("group")).isEqualTo("DETRACTOR");
        assertThat(rows.get(0).get("reasons")).isEqualTo("Parcel late " + now.getTime());
        assertThat(rows.get(0).get("comment")).as("not a formula").isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(rows.get(0).get("case")).startsWith("C");

        List<Long> products = new ArrayList<Long>();
        for (Order order : answered) {
            products.add(orders.inTransaction(status -> BroadleafOrders.productsOf(
                    orders.orderService.findOrderById(order.getId())).get(0).getId()));
        }
        int minAnswers = poorlyRated.minAnswers;
        try {
            poorlyRated.minAnswers = 1;
            poorlyRated.refresh();
            assertThat(poorlyRated.suppressed(products)).as("only the product its one answer scored 2")
                    .containsExactly(products.get(0));
            switches.setOn(Surveys.KEY, false);
            poorlyRated.refresh();
            assertThat(poorlyRated.suppressed(products)).as("surveys switched off").isEmpty();
        } finally {
            switches.setOn(Surveys.KEY, true);
            poorlyRated.minAnswers = minAnswers;
            poorlyRated.refresh();
        }
        assertThat(poorlyRated.suppressed(products)).as("one answer is too few").isEmpty();
    }
}
