package io.concierge.demo;

import io.concierge.core.helpcenter.account.ContactPreferences;
import io.concierge.core.helpcenter.account.Purpose;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.loyalty.LoyaltyStandings;
import io.concierge.core.survey.SurveyDispatch;
import io.concierge.core.survey.SurveyRollup;
import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The post-sale survey over HTTP on the running demo store, as a shopper and a care agent meet it: a guest's order
 * delivered six days ago is invited by the demo's NPS survey; the guest reads the mail in the demo mailbox, clicks a
 * low score, says what went wrong; the case it opened is in the inbox with the words; links that are tampered with
 * open nothing; the unsubscribe link stops the surveys.
 */
@ExtendWith(RunningDemoStore.class)
class SurveyWebIT {

    private static final Pattern SCORE_LINK = Pattern.compile("(/survey/[0-9]+-([0-9]+)\\.[0-9]+\\.[A-Za-z0-9_-]+)");
    private static final Pattern UNSUBSCRIBE_LINK = Pattern.compile("(/survey/unsubscribe/[0-9]+\\.[A-Za-z0-9_.-]+)");

    /** A guest order that the carrier delivered {@code daysAgo} days ago (shipped two days before). */
    private static String deliveredGuestOrder(String email, int daysAgo) throws Exception {
        String number = GuestOrders.place(email);
        OrderTimelineService timelines = RunningDemoStore.siteContext()
                .getBean("cncOrderTimelineService", OrderTimelineService.class);
        long orderId = timelines.orderIdOf(number);
        timelines.record(orderId, NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "carrier")
                .at(daysAgo(daysAgo + 2)));
        timelines.record(orderId, NewOrderEvent.fromIntegration(OrderEventType.DELIVERED, "carrier")
                .at(daysAgo(daysAgo)));
        return number;
    }

    private static Date daysAgo(int days) {
        return new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(days));
    }

    /** Runs the dispatch now instead of waiting for its schedule (the scheduled run may hold the lease a moment). */
    private static void dispatchNow() {
        SurveyDispatch dispatch = RunningDemoStore.siteContext().getBean("cncSurveyDispatch", SurveyDispatch.class);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> dispatch.dispatch(new Date()) != null);
    }

    /** The text of the demo-mailbox mail to this address with this subject, once the outbox delivered it. */
    private static String mailTo(String email, String subject) throws Exception {
        ShopperSession reader = ShopperSession.stepByStep(RunningDemoStore.site());
        String row = "tr:has(td:containsOwn(" + email + ")) a:contains(" + subject + ")";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> reader.page("/demo/mailbox").select(row).size() > 0);
        return reader.page(reader.page("/demo/mailbox").select(row).first().attr("href")).text();
    }

    private static List<String> scoreLinks(String mail) {
        List<String> links = new ArrayList<String>();
        Matcher link = SCORE_LINK.matcher(mail);
        while (link.find()) {
            assertThat(link.group(2)).as("the links in the order of the scale").isEqualTo(String.valueOf(links.size()));
            links.add(link.group(1));
        }
        return links;
    }

    @Test
    void aGuestClicksALowScoreInTheMailSaysWhatWentWrongAndTheAgentFindsTheCase() throws Exception {
        String email = "surveyed-" + UUID.randomUUID() + "@example.com";
        String number = deliveredGuestOrder(email, 6);
        dispatchNow();
        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        long answersBefore = dashboardAnswers(agent);

        String mail = mailTo(email, "How did we do?");
        assertThat(mail).contains(number, "How likely are you to recommend us");
        List<String> links = scoreLinks(mail);
        assertThat(links).hasSize(11);

        ShopperSession guest = ShopperSession.stepByStep(RunningDemoStore.site());
        Connection.Response clicked = guest.request(links.get(2), Connection.Method.GET);
        assertThat(clicked.statusCode()).isEqualTo(200);
        Document page = clicked.parse();
        assertThat(page.select(".survey-answer").attr("data-group")).isEqualTo("DETRACTOR");
        assertThat(page.select(".recorded").text()).isEqualTo("We have recorded your answer: 2 of 10.");
        String late = page.select(".reasons label:contains(Late delivery) input").val();

        assertThat(guest.post(links.get(2), "reason", "-77", "comment", "x").statusCode()).as("not a reason")
                .isEqualTo(400);
        assertThat(guest.postExactly(links.get(2), Collections.singletonMap("comment", "no token")).statusCode())
                .as("without the CSRF token").isEqualTo(403);
        Connection.Response followedUp = guest.post(links.get(2), "reason", late,
                "comment", "The <b>box</b> came a week late.");
        assertThat(followedUp.statusCode()).isEqualTo(302);
        Document saved = guest.page(followedUp.header("Location"));
        assertThat(saved.select(".notice").text()).isEqualTo("Thank you, we have your words too.");
        assertThat(saved.select("textarea[name=comment]").text()).isEqualTo("The <b>box</b> came a week late.");
        assertThat(saved.select(".reasons input[checked]").val()).isEqualTo(late);

        Document again = guest.page(links.get(9));
        assertThat(again.select(".recorded").text()).as("one answer per invitation")
                .startsWith("Your answer was already recorded: 2 of 10.");
        Connection.Response forged = guest.get(links.get(2).replace("-2.", "-0."));
        assertThat(forged.statusCode()).isEqualTo(404);
        assertThat(forged.parse().select(".survey-closed h1").text()).isEqualTo("This survey link no longer works");

        String subject = "Survey answer 2 of 10 for order " + number;
        Document inbox = agent.get("/cases");
        assertThat(inbox.select(".cnc-case-list tr:contains(" + subject + ")").text()).contains("Late delivery");
        String caseNumber = inbox.select(".cnc-case-list tr:contains(" + subject + ")").attr("data-case");
        Document view = agent.get("/cases/" + caseNumber);
        assertThat(view.select(".cnc-thread").text()).contains("Late delivery", "The <b>box</b> came a week late.");
        assertThat(view.select(".cnc-thread b")).as("shown as text").isEmpty();
        assertThat(view.select(".cnc-customer").text()).contains(email);

        Document dashboard = agent.get("/survey-dashboard?survey=" + DEMO_NPS_SURVEY);
        assertThat(dashboardAnswers(agent)).as("the dashboard counts the answer").isEqualTo(answersBefore + 1);
        assertThat(dashboard.select(".cnc-survey-reasons-table tr[data-reason=Late delivery]")).hasSize(1);
        assertThat(dashboard.select(".cnc-breakdown[data-breakdown=SELF_SERVICE] tr[data-slice=no]")).hasSize(1);
        assertThat(dashboard.select(".cnc-breakdown[data-breakdown=LOYALTY_TIER] tr").eachAttr("data-slice"))
                .as("the demo's past answers by their customers' tiers").contains("Expedition", "Summit");
        String csv = agent.connect("/survey-dashboard/answers.csv?survey=" + DEMO_NPS_SURVEY).ignoreContentType(true)
                .execute().body();
        assertThat(csv).startsWith("answered_at,order_number,email,score,group,reasons,comment,case")
                .contains(number + "," + email + ",2,DETRACTOR,Late delivery,The <b>box</b> came a week late.," + caseNumber);
        assertThat(agent.get("/survey-dashboard?survey=" + DEMO_NPS_SURVEY + "&from=yesterday").select(".cnc-problem").text())
                .isEqualTo("Dates are written yyyy-mm-dd.");
    }

    @Test
    void theDemoDashboardBreaksThePastAnswersDownByCarrierAndTierAsARebuildFromTheRowsWould() throws Exception {
        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        // The seed's answers only: the other tests sharing this demo store answer today (one on a UPS order).
        String seededDays = "/survey-dashboard?survey=" + DEMO_NPS_SURVEY + "&from=" + LocalDate.now().minusWeeks(14)
                + "&to=" + LocalDate.now().minusDays(2);
        Document seeded = agent.get(seededDays);
        assertThat(seeded.select(".cnc-breakdown[data-breakdown=CARRIER] tr[data-slice]").eachAttr("data-slice"))
                .as("the past answers' carriers").contains("UPS", "Correios", "SEUR", "DHL");
        assertThat(seeded.select(".cnc-breakdown[data-breakdown=CARRIER] tr[data-slice=UPS] .cnc-slice-index").text())
                .as("UPS's three promoters").isEqualTo("100.0");
        assertThat(seeded.select(".cnc-breakdown[data-breakdown=LOYALTY_TIER] tr[data-slice]").eachAttr("data-slice"))
                .contains("Expedition", "Summit");
        assertThat(seeded.select(".cnc-breakdown[data-breakdown=PRODUCT] tr[data-slice]")).hasSizeGreaterThan(3);

        // The seed's rollup is what counting its rows anew gives (once the start's recalculation placed the tiers).
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> RunningDemoStore.siteContext().getBean("cncLoyalty", LoyaltyStandings.class)
                        .tierOf(1000L) != null);
        SurveyRollup rollup = RunningDemoStore.siteContext().getBean("cncSurveyRollup", SurveyRollup.class);
        new TransactionTemplate(RunningDemoStore.siteContext().getBean("blTransactionManager",
                PlatformTransactionManager.class)).execute(status -> {
                    rollup.rebuild(DEMO_NPS_SURVEY);
                    return null;
                });
        Document rebuilt = agent.get(seededDays);
        for (String figures : new String[] {".cnc-survey-headline", ".cnc-survey-reasons-table", ".cnc-breakdown",
                ".cnc-survey-weeks"}) {
            assertThat(rebuilt.select(figures).outerHtml()).as(figures).isEqualTo(seeded.select(figures).outerHtml());
        }
    }

    @Test
    void theMerchantAddsAReasonInThreeLanguagesAndOneWithoutTheEnglishLabelIsAFieldError() throws Exception {
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        String survey = "/surveys/" + DEMO_CSAT_SURVEY;
        assertThat(merchant.get(survey).select("#reasons tbody").text()).as("the demo's own reasons")
                .contains("Slow dispatch", "Envio demorado", "Poor packaging");

        String label = "Gift wrap torn " + UUID.randomUUID();
        Map<String, String> reason = new HashMap<String, String>();
        reason.put("labelEn", label);
        reason.put("labelPtBr", "Embrulho rasgado");
        reason.put("labelEs", "Envoltorio roto");
        reason.put("displayOrder", "40");
        reason.put("active", "true");
        merchant.saveForm(survey + "/reasons/add", reason);
        assertThat(merchant.get(survey).select("#reasons tbody").text()).contains(label, "Embrulho rasgado",
                "Envoltorio roto");

        reason.put("labelEn", "");
        reason.put("labelPtBr", "S\u00f3 em portugu\u00eas");
        Connection.Response refused = merchant.saveForm(survey + "/reasons/add", reason).bufferUp();
        assertThat(refused.parse().select("#field-labelEn .error").text()).as(refused.body()).isNotEmpty();
        assertThat(merchant.get(survey).select("#reasons tbody").text()).doesNotContain("S\u00f3 em portugu\u00eas");
    }

    /** The demo's CSAT survey, after dispatch (load_demo_surveys.sql). */
    private static final long DEMO_CSAT_SURVEY = -1;

    /** The demo's NPS survey, after delivery (load_demo_surveys.sql). */
    private static final long DEMO_NPS_SURVEY = -2;

    private static long dashboardAnswers(AdminSession agent) throws Exception {
        return Long.parseLong(agent.get("/survey-dashboard?survey=" + DEMO_NPS_SURVEY).select(".cnc-answers")
                .attr("data-answers"));
    }

    @Test
    void theUnsubscribeLinkAsksOnceAndStopsTheSurveys() throws Exception {
        String email = "unsubscriber-" + UUID.randomUUID() + "@example.com";
        String number = deliveredGuestOrder(email, 7);
        dispatchNow();
        Matcher link = UNSUBSCRIBE_LINK.matcher(mailTo(email, "How did we do?"));
        assertThat(link.find()).isTrue();

        ShopperSession guest = ShopperSession.stepByStep(RunningDemoStore.site());
        Document ask = guest.page(link.group(1));
        assertThat(ask.select(".survey-unsubscribe button").text()).isEqualTo("Stop the surveys");
        assertThat(guest.post(link.group(1) + "x").statusCode()).as("tampered").isEqualTo(404);
        Connection.Response done = guest.post(link.group(1));
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.parse().select(".notice").text()).isEqualTo("Done: you will get no more surveys from us.");
        long customer = RunningDemoStore.siteContext().getBean("cncBroadleafOrders", BroadleafOrders.class)
                .find(RunningDemoStore.siteContext().getBean("cncOrderTimelineService", OrderTimelineService.class)
                        .orderIdOf(number)).getCustomer().getId();
        assertThat(RunningDemoStore.siteContext().getBean("cncContactPreferences", ContactPreferences.class)
                .mayReceive(customer, Purpose.SURVEY)).isFalse();
    }
}
