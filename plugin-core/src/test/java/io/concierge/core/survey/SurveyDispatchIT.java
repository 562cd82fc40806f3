package io.concierge.core.survey;

import io.concierge.core.helpcenter.cases.CaseMessage;
import io.concierge.core.helpcenter.cases.CaseReason;
import io.concierge.core.helpcenter.cases.CaseReasonImpl;
import io.concierge.core.helpcenter.cases.CaseService;
import io.concierge.core.helpcenter.cases.SupportCase;
import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.mail.OutboxMail;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.kernel.orders.ReturnedItems;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The survey dispatch and the answers on Broadleaf's real orders, the help center's timeline and cases and the
 * kernel's outbox: who is invited (once, never an opted-out customer, one order per customer), the one-click links,
 * a detractor's case, and two nodes dispatching at once.
 */
@ExtendWith(BroadleafContextExtension.class)
class SurveyDispatchIT {

    private static final Pattern LINK = Pattern.compile("/survey/([0-9]+-[0-9]+\\.[0-9]+\\.[A-Za-z0-9_-]+)");

    @Resource(name = "cncSurveyDispatch")
    SurveyDispatch dispatch;

    @Resource(name = "cncSurveyAnswers")
    SurveyAnswers answers;

    @Resource(name = "cncSurveyLinks")
    SurveyLinks links;

    @Resource(name = "cncOrderTimelineService")
    OrderTimelineService timelines;

    @Resource(name = "cncCaseService")
    CaseService cases;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final TestOrders orders = TestOrders.fromContext();

    /** The test's own "now", far from other tests' orders: each test moves its clock to its own days. */
    private Date now;

    @BeforeEach
    void onlyThisTestsSurvey() {
        orders.inTransaction(status -> em.createQuery("update SurveyImpl s set s.active = false").executeUpdate());
        now = new Date();
    }

    private SurveyImpl survey(SurveyKind kind, SurveyTrigger trigger, int days, int throttleDays) {
        return orders.inTransaction(status -> {
            SurveyImpl survey = new SurveyImpl();
            survey.setName(kind.getType() + " " + trigger.getType());
            survey.setKind(kind);
            survey.setTrigger(trigger);
            survey.setTriggerDays(days);
            survey.setThrottleDays(throttleDays);
            survey.setReminderDays(3);
            em.persist(survey);
            return survey;
        });
    }

    /** Checked out, shipped 8 days and delivered {@code daysAgo} days before the test's now. */
    private Order delivered(int daysAgo) throws Exception {
        Order order = orders.checkedOut();
        timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "carrier")
                .at(daysBefore(8)));
        timelines.record(order.getId(), NewOrderEvent.fromIntegration(OrderEventType.DELIVERED, "carrier")
                .at(daysBefore(daysAgo)));
        return order;
    }

    private Date daysBefore(int days) {
        return new Date(now.getTime() - TimeUnit.DAYS.toMillis(days));
    }

    @Test
    void theDueOrdersAreInvitedOnceWithOneLinkPerScoreAndNobodyWhoOptedOut() throws Exception {
        survey(SurveyKind.NPS, SurveyTrigger.AFTER_DELIVERY, 5, 90);
        Order due = delivered(6);
        Order tooEarly = delivered(2);
        Order optedOut = delivered(6);
        assertThat(answers.unsubscribe(unsubscribeToken(optedOut), "10.0.0.1", now)).isTrue();
        Order returned = delivered(7);
        long item = orders.inTransaction(status -> orders.orderService.findOrderById(returned.getId())
                .getOrderItems().get(0).getId());
        timelines.record(returned.getId(), NewOrderEvent.byAgent(OrderEventType.RETURN_REQUESTED, -1L)
                .returning(ReturnedItems.of(Collections.singletonMap(item, 1))));
        Order later = delivered(6);
        Order earlier = delivered(7);
        sameCustomer(earlier, later);

        SurveyDispatch.DispatchReport report = dispatch.dispatch(now);

        assertThat(invitedOrders()).contains(due.getId(), earlier.getId())
                .doesNotContain(tooEarly.getId(), optedOut.getId(), returned.getId(), later.getId());
        assertThat(report.mailed()).isEqualTo(report.invited());
        OutboxMail mail = mailOf(due, "survey-invitation-");
        assertThat(mail.getSubject()).isEqualTo("How did we do?");
        List<String> tokens = tokens(mail.getTextBody());
        assertThat(tokens).hasSize(11);
        assertThat(mail.getTextBody()).contains("Your order " + due.getOrderNumber() + " has arrived.",
                "/survey/unsubscribe/");
        assertThat(dispatch.dispatch(now).invited()).as("nothing twice").isZero();
        assertThat(answers.unsubscribe(unsubscribeToken(due) + "x", "10.0.0.1", now)).as("forged").isFalse();
        assertThat(dispatch.dispatch(new Date(now.getTime() + TimeUnit.DAYS.toMillis(1))).invited())
                .as("a day later either").isZero();
    }

    @Test
    void aCustomerInvitedByOneSurveyIsNotInvitedByAnotherWithinItsThrottle() throws Exception {
        survey(SurveyKind.CSAT, SurveyTrigger.AFTER_DISPATCH, 3, 90);
        survey(SurveyKind.NPS, SurveyTrigger.AFTER_DELIVERY, 5, 90);
        Order order = delivered(6);

        dispatch.dispatch(now);

        assertThat(count("select count(i) from SurveyInvitationImpl i where i.customerId = :id",
                order.getCustomer().getId())).isEqualTo(1);
        assertThat(mailOf(order, "survey-invitation-").getTextBody()).as("the survey after dispatch went first")
                .contains("Your order " + order.getOrderNumber() + " is on its way.");
    }

    @Test
    void aClickRecordsItsScoreOnceADetractorGetsACaseAndTheFollowUpReachesIt() throws Exception {
        survey(SurveyKind.NPS, SurveyTrigger.AFTER_DELIVERY, 5, 90);
        Order order = delivered(6);
        dispatch.dispatch(now);
        List<String> tokens = tokens(mailOf(order, "survey-invitation-").getTextBody());
        String three = tokens.get(3);

        AnswerPage clicked = answers.click(three, now);

        assertThat(clicked.isJustRecorded()).isTrue();
        assertThat(clicked.getAnswer().getScore()).isEqualTo(3);
        assertThat(clicked.getAnswer().getScoreGroup()).isEqualTo(ScoreGroup.DETRACTOR);
        SupportCase opened = cases.find("C" + clicked.getAnswer().getCaseId());
        assertThat(opened.getOrderId()).isEqualTo(order.getId());
        assertThat(opened.getSubject()).contains("3", "10", order.getOrderNumber());
        AnswerPage again = answers.click(three, now);
        assertThat(again.isJustRecorded()).isFalse();
        assertThat(answers.click(tokens.get(9), now).getAnswer().getScore()).as("one answer per invitation").isEqualTo(3);
        assertThat(answers.click(three + "x", now).isOpen()).as("forged").isFalse();
        assertThat(answers.click(three, new Date(now.getTime() + TimeUnit.DAYS.toMillis(SurveyLinks.LIFETIME_DAYS + 1)))
                .isOpen()).as("expired").isFalse();
        long invitation = clicked.getAnswer().getInvitationId();
        assertThat(answers.click(links.answerToken(invitation, 11, now), now).isOpen()).as("off the scale").isFalse();

        long reason = surveyReason(clicked.getAnswer().surveyId, "Late delivery");
        assertThat(answers.followUp(three, Collections.singletonList(-999L), "x", now))
                .containsKey(SurveyAnswers.REASONS);
        assertThat(answers.followUp(three, Collections.singletonList(reason), "Arrived a week late", now))
                .isEmpty();
        SupportCase classified = cases.find(opened.getNumber());
        assertThat(classified.getReasonLabel()).isEqualTo("Late delivery");
        List<CaseMessage> thread = cases.thread(opened.getId(), false);
        assertThat(thread.get(thread.size() - 1).getBody()).contains("Late delivery", "Arrived a week late");
    }

    @Test
    void twoNodesDispatchingAtOnceInviteAndMailEachOrderOnce() throws Exception {
        survey(SurveyKind.NPS, SurveyTrigger.AFTER_DELIVERY, 5, 90);
        List<Order> due = new ArrayList<Order>();
        for (int i = 0; i < 6; i++) {
            due.add(delivered(6));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        Callable<SurveyDispatch.DispatchReport> run = () -> dispatch.dispatch(now);
        List<Future<SurveyDispatch.DispatchReport>> runs = nodes.invokeAll(Arrays.asList(run, run));
        nodes.shutdown();
        int ran = 0;
        for (Future<SurveyDispatch.DispatchReport> one : runs) {
            ran += one.get() == null ? 0 : 1;
        }
        dispatch.dispatch(now);

        assertThat(ran).as("at least one node ran").isPositive();
        for (Order order : due) {
            assertThat(count("select count(i) from SurveyInvitationImpl i where i.orderId = :id", order.getId()))
                    .as("one invitation for order " + order.getOrderNumber()).isEqualTo(1);
            assertThat(count("select count(m) from OutboxMailImpl m, SurveyInvitationImpl i where i.orderId = :id"
                    + " and m.idempotencyKey = concat('survey-invitation-', cast(i.id as string))", order.getId()))
                    .as("one mail for order " + order.getOrderNumber()).isEqualTo(1);
        }
    }

    @Test
    void theUnansweredGetOneReminderAfterTheSurveysDays() throws Exception {
        survey(SurveyKind.NPS, SurveyTrigger.AFTER_DELIVERY, 5, 90);
        Order answered = delivered(6);
        Order silent = delivered(6);
        dispatch.dispatch(now);
        answers.click(tokens(mailOf(answered, "survey-invitation-").getTextBody()).get(10), now);

        Date fourDaysLater = new Date(now.getTime() + TimeUnit.DAYS.toMillis(4));
        assertThat(dispatch.dispatch(fourDaysLater).reminded()).isPositive();
        assertThat(mailOf(silent, "survey-reminder-").getSubject()).isEqualTo("One click to tell us how we did");
        assertThat(statusOf(answered)).isEqualTo(InvitationStatus.ANSWERED);
        assertThat(statusOf(silent)).isEqualTo(InvitationStatus.REMINDED);
        Date remindedAt = invitationOf(silent).getRemindedAt();
        dispatch.dispatch(new Date(now.getTime() + TimeUnit.DAYS.toMillis(8)));
        assertThat(invitationOf(silent).getRemindedAt()).as("reminded once").isEqualTo(remindedAt);
    }

    /** A reason of the survey's own, which gives the case the help center's reason of the same label. */
    private long surveyReason(long surveyId, String label) {
        CaseReason caseReason = caseReason(label);
        return orders.inTransaction(status -> {
            SurveyReasonImpl reason = SurveyReasonImpl.of(em.find(SurveyImpl.class, surveyId), label, 10);
            reason.setCaseReason(caseReason);
            em.persist(reason);
            return reason.getId();
        });
    }

    private CaseReason caseReason(String label) {
        return orders.inTransaction(status -> {
            List<CaseReasonImpl> found = em.createQuery("select r from CaseReasonImpl r where r.label = :label",
                    CaseReasonImpl.class).setParameter("label", label).getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            CaseReasonImpl reason = new CaseReasonImpl();
            reason.setLabel(label);
            reason.setActive(true);
            em.persist(reason);
            return reason;
        });
    }

    private void sameCustomer(Order first, Order second) {
        orders.inTransaction(status -> em.createNativeQuery("UPDATE BLC_ORDER SET CUSTOMER_ID = :customer"
                + " WHERE ORDER_ID = :order").setParameter("customer", first.getCustomer().getId())
                .setParameter("order", second.getId()).executeUpdate());
    }

    private long count(String query, long id) {
        Long count = orders.inTransaction(status -> em.createQuery(query, Long.class).setParameter("id", id)
                .getSingleResult());
        return count;
    }

    private InvitationStatus statusOf(Order order) {
        return invitationOf(order).getStatus();
    }

    private SurveyInvitationImpl invitationOf(Order order) {
        return orders.inTransaction(status -> em.createQuery("select i from SurveyInvitationImpl i"
                + " where i.orderId = :order", SurveyInvitationImpl.class).setParameter("order", order.getId())
                .getSingleResult());
    }

    private List<Long> invitedOrders() {
        return orders.inTransaction(status -> em.createQuery("select i.orderId from SurveyInvitationImpl i",
                Long.class).getResultList());
    }

    private OutboxMail mailOf(Order order, String keyPrefix) {
        return orders.inTransaction(status -> em.createQuery("select m from OutboxMailImpl m, SurveyInvitationImpl i"
                        + " where i.orderId = :order and m.idempotencyKey = concat(:prefix, cast(i.id as string))",
                OutboxMail.class).setParameter("order", order.getId()).setParameter("prefix", keyPrefix)
                .getSingleResult());
    }

    /** The token of the unsubscribe link the customer's survey mails carry. */
    private String unsubscribeToken(Order order) {
        String link = links.unsubscribeLink(order.getCustomer().getId(), null, now);
        return link.substring(link.indexOf(SurveyLinks.UNSUBSCRIBE_PATH) + SurveyLinks.UNSUBSCRIBE_PATH.length());
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<String>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            tokens.add(link.group(1));
        }
        return tokens;
    }
}
