package io.concierge.demo;

import com.microsoft.playwright.Page;
import io.concierge.core.helpcenter.orders.NewOrderEvent;
import io.concierge.core.helpcenter.orders.OrderTimelineService;
import io.concierge.core.kernel.orders.OrderEventType;
import io.concierge.core.survey.SurveyDispatch;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A shopper in a real browser opens the survey mail in the demo mailbox, clicks a low score, says what went wrong;
 * the case it opened is in the agent's inbox and the dashboard counts the answer.
 */
@ExtendWith({RunningDemoStore.class, HeadlessChromium.class})
class SurveyBrowserIT {

    @Test
    void aShopperClicksAScoreInTheMailAnswersTheFollowUpAndTheAgentSeesTheCaseAndTheCount() throws Exception {
        String email = "browser-surveyed-" + UUID.randomUUID() + "@example.com";
        String number = GuestOrders.place(email);
        OrderTimelineService timelines = RunningDemoStore.siteContext()
                .getBean("cncOrderTimelineService", OrderTimelineService.class);
        long orderId = timelines.orderIdOf(number);
        timelines.record(orderId, NewOrderEvent.fromIntegration(OrderEventType.SHIPPED, "carrier")
                .shipment("UPS", null, null).at(daysAgo(8)));
        timelines.record(orderId, NewOrderEvent.fromIntegration(OrderEventType.DELIVERED, "carrier").at(daysAgo(6)));
        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        long before = answers(agent);
        SurveyDispatch dispatch = RunningDemoStore.siteContext().getBean("cncSurveyDispatch", SurveyDispatch.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> dispatch.dispatch(new Date()) != null);

        Page page = HeadlessChromium.newVisitor();
        // The survey's mail, not the order's own mails to the same address that arrive before it.
        String row = "tr:has(td:text-is('" + email + "')) a:has-text('How did we do?')";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            page.navigate(RunningDemoStore.site() + "/demo/mailbox");
            return page.locator(row).count() > 0;
        });
        page.click(row);
        page.click("pre a[href*='/survey/'][href*='-1.']");
        assertThat(page.textContent(".recorded")).isEqualTo("We have recorded your answer: 1 of 10.");
        page.check(".reasons label:has-text('Damaged item') input");
        page.fill("textarea[name=comment]", "The lid was cracked.");
        page.click(".survey-answer button[type=submit]");
        assertThat(page.textContent(".notice")).isEqualTo("Thank you, we have your words too.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-survey-answer.png"))
                .setFullPage(true));

        Document inbox = agent.get("/cases");
        String subject = "Survey answer 1 of 10 for order " + number;
        assertThat(inbox.select(".cnc-case-list tr:contains(" + subject + ")").text()).contains("Damaged item");
        assertThat(answers(agent)).as("the dashboard counts it").isEqualTo(before + 1);
    }

    private static Date daysAgo(int days) {
        return new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(days));
    }

    /** The demo NPS survey's answers on the dashboard. */
    private static long answers(AdminSession agent) throws Exception {
        return Long.parseLong(agent.get("/survey-dashboard?survey=-2").select(".cnc-answers").attr("data-answers"));
    }
}
