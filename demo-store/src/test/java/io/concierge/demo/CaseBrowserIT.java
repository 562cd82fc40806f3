package io.concierge.demo;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.Collections;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A guest in a real browser types a question into the case form and is offered an answer, counts it as solved but
 * writes anyway; an agent answers in the admin; the guest reads the answer through the link the store mailed.
 */
@ExtendWith({RunningDemoStore.class, HeadlessChromium.class})
class CaseBrowserIT {

    private static final Pattern CASE_LINK = Pattern.compile("(/help/cases/C\\d+\\?t=[A-Za-z0-9._%-]+)");

    @Test
    void aGuestIsOfferedAnAnswerWritesAnywayAndReadsTheAgentsAnswerThroughTheMailedLink() throws Exception {
        String email = "asker-" + UUID.randomUUID() + "@example.com";
        Page page = HeadlessChromium.newVisitor();
        page.navigate(RunningDemoStore.site() + "/help/contact");
        page.click("li.channel[data-kind=CASE_FORM] a");
        page.fill("input[name=name]", "Lucia Ferreira");
        page.fill("input[name=email]", email);
        page.fill("input[name=subject]", "Where is my parcel");
        page.waitForSelector("#case-suggestions li a:has-text('Where is my parcel?')");
        page.click("#case-suggestions li:has(a:has-text('Where is my parcel?')) button.solved");
        page.waitForSelector("#case-suggestions .solved-thanks:visible");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-case-suggestions.png"))
                .setFullPage(true));

        page.selectOption("select[name=reason]", new com.microsoft.playwright.options.SelectOption().setLabel("Late delivery"));
        page.fill("textarea[name=message]", "The tracking has not moved for a week.");
        page.click(".case-form form button[type=submit]");
        String number = page.getAttribute(".case-filed", "data-case");
        assertThat(number).startsWith("C");

        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        assertThat(Long.parseLong(agent.get("/cases/reports").select(".cnc-deflection").attr("data-solved")))
                .as("the answer that solved it counts as a contact avoided").isPositive();
        String casePage = "/cases/" + number;
        assertThat(agent.post(casePage + "/answer", casePage,
                Collections.singletonMap("body", "It left the depot today; expect it on Friday.")).statusCode())
                .isEqualTo(200);

        String subject = "[" + number + "] Our answer:";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            page.navigate(RunningDemoStore.site() + "/demo/mailbox");
            return page.locator("a:has-text('" + subject + "')").count() > 0;
        });
        page.click("a:has-text('" + subject + "')");
        Matcher link = CASE_LINK.matcher(page.textContent("body"));
        assertThat(link.find()).as("the mail carries the case's link").isTrue();
        page.navigate(RunningDemoStore.site() + link.group(1));
        assertThat(page.textContent(".thread")).contains("The tracking has not moved for a week.",
                "It left the depot today; expect it on Friday.");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/browser-case-answer.png"))
                .setFullPage(true));
    }
}
