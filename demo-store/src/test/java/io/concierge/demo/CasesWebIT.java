package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The contact page, the case form and the case thread over HTTP on the running demo store, as a guest, a signed-in
 * shopper and a care agent use them: the guest files a case, follows it through the mailed link and answers; the
 * agent reads it beside the customer, answers and notes; nobody else reaches it.
 */
@ExtendWith(RunningDemoStore.class)
class CasesWebIT {

    /** The link of the newest demo-mailbox mail with this subject, once it arrived, and the mail's text. */
    private static String[] mailTitled(String subject) throws Exception {
        ShopperSession reader = ShopperSession.stepByStep(RunningDemoStore.site());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                reader.page("/demo/mailbox").select("a:contains(" + subject + ")").size() > 0);
        String link = reader.page("/demo/mailbox").select("a:contains(" + subject + ")").first().attr("href");
        String text = reader.page(link).text();
        int at = text.indexOf("/help/cases/");
        String caseLink = at < 0 ? null : text.substring(at).split("\\s")[0];
        return new String[] {text, caseLink};
    }

    @Test
    void theContactPageListsTheChannelsWithTheirReplyTimes() throws Exception {
        Document contact = ShopperSession.stepByStep(RunningDemoStore.site()).page("/help/contact");
        assertThat(contact.select("li.channel").eachAttr("data-kind")).containsExactly("CASE_FORM", "WHATSAPP",
                "PHONE", "SOCIAL");
        assertThat(contact.select("li.channel[data-kind=WHATSAPP] .reply").text()).isEqualTo("We answer within 30 minutes.");
        assertThat(contact.select("li.channel[data-kind=WHATSAPP] a").attr("href")).isEqualTo("https://wa.me/5541999990000");
        assertThat(contact.select("li.channel[data-kind=CASE_FORM] a").attr("href")).endsWith("/help/contact/case");
        assertThat(contact.select("li.channel[data-kind=CASE_FORM] .reply").text()).contains("8 hours");
    }

    @Test
    void aGuestFilesACaseFollowsTheMailedLinkAndTheAgentAnswersBesideTheCustomer() throws Exception {
        ShopperSession guest = ShopperSession.stepByStep(RunningDemoStore.site());
        Document form = guest.page("/help/contact/case");
        String reason = form.select("select[name=reason] option:contains(Damaged item)").val();
        String subject = "Zip broke " + UUID.randomUUID();

        Connection.Response empty = guest.post("/help/contact/case", "name", "Rui", "email", "rui@example.com",
                "subject", subject, "reason", reason, "message", "");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.parse().select(".problem[data-field=message]").text()).isEqualTo("Please fill this in.");
        assertThat(empty.parse().select("input[name=subject]").val()).as("kept").isEqualTo(subject);

        Connection.Response filed = guest.post("/help/contact/case", "name", "Rui", "email", "rui@example.com",
                "subject", subject, "reason", reason, "message", "The <b>zip</b> broke on day one.");
        assertThat(filed.statusCode()).isEqualTo(200);
        String number = filed.parse().select(".case-filed").attr("data-case");
        assertThat(number).startsWith("C");

        String[] receipt = mailTitled("[" + number + "] We received your message: " + subject);
        assertThat(receipt[0]).contains("The <b>zip</b> broke on day one.");
        String link = receipt[1];
        Document thread = guest.page(link);
        assertThat(thread.select(".message .body").first().text()).as("HTML shown as text")
                .isEqualTo("The <b>zip</b> broke on day one.");
        assertThat(thread.select(".message b")).isEmpty();
        assertThat(guest.get(link + "x").statusCode()).as("a tampered link").isEqualTo(404);
        assertThat(guest.get(link.replace(number, "C90001")).statusCode()).as("another case's number").isEqualTo(404);

        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        assertThat(agent.get("/cases").select(".cnc-case-list tr[data-case=" + number + "]").text())
                .contains(subject, "Damaged item", "Open");
        String casePage = "/cases/" + number;
        Document view = agent.get(casePage);
        assertThat(view.select(".cnc-customer").text()).contains("Rui", "rui@example.com", "Guest");
        agent.post(casePage + "/note", casePage, Collections.singletonMap("body", "Supplier batch 7 again."));
        Document answered = agent.post(casePage + "/answer", casePage,
                Collections.singletonMap("body", "Sorry! A new one is on its way.")).parse();
        assertThat(answered.select(".cnc-done").text()).isEqualTo("Answered: the customer gets it by e-mail.");
        assertThat(answered.select(".cnc-thread li").eachAttr("data-kind")).containsExactly("CUSTOMER", "NOTE", "AGENT");
        assertThat(answered.select(".cnc-case-status").attr("data-status")).isEqualTo("ANSWERED");

        assertThat(mailTitled("[" + number + "] Our answer: " + subject)[0]).contains("Sorry! A new one is on its way.")
                .doesNotContain("Supplier batch");
        Document read = guest.page(link);
        assertThat(read.select(".message").eachAttr("data-kind")).containsExactly("CUSTOMER", "AGENT");
        assertThat(read.text()).doesNotContain("Supplier batch");

        Connection.Response reply = guest.post(link, "body", "Thanks, got it.");
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(guest.page(reply.header("Location")).select(".status").attr("data-status")).isEqualTo("OPEN");
        assertThat(guest.post(link, "body", "").statusCode()).isEqualTo(400);

        assertThat(agent.get(casePage).select(".cnc-goodwill .field-help").text()).isEqualTo("Your limit: 25.00");
        assertThat(agent.post(casePage + "/goodwill", casePage, Collections.singletonMap("amount", "30")).parse()
                .select(".cnc-problem").text()).isEqualTo("This is more than your role may give.");
        assertThat(agent.post(casePage + "/goodwill", casePage, Collections.singletonMap("amount", "12.50")).parse()
                .select(".cnc-done").text()).isEqualTo("Coupon created and mailed to the customer.");
        String coupon = mailTitled("[" + number + "] A coupon for you")[0];
        assertThat(coupon).containsPattern("GW-[A-Z0-9]{8}").contains("$12.50");

        agent.post(casePage + "/revoke-links", casePage, Collections.<String, String>emptyMap());
        assertThat(guest.get(link).statusCode()).as("revoked").isEqualTo(404);
    }

    @Test
    void fromTheCaseOfAGuestsOrderTheAgentShipsItElsewhereAndRefundsPartWithinTheRolesLimits() throws Exception {
        String email = "case-actions-" + UUID.randomUUID() + "@example.com";
        String order = GuestOrders.place(email);
        ShopperSession guest = ShopperSession.stepByStep(RunningDemoStore.site());
        Document form = guest.page("/help/contact/case");
        assertThat(guest.post("/help/contact/case", "name", "Rui", "email", email, "subject", "Wrong city",
                "reason", form.select("select[name=reason] option").get(1).val(), "orderNumber", order,
                "orderEmail", email, "message", "Please send it to Porto, and the strap is torn.").statusCode())
                .isEqualTo(200);
        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        String number = agent.get("/cases").select(".cnc-case-list tr[data-case]:contains(Wrong city)").first()
                .attr("data-case");
        String casePage = "/cases/" + number;
        Document view = agent.get(casePage);
        assertThat(view.select(".cnc-order-actions").attr("data-order")).isEqualTo(order);
        assertThat(view.select(".cnc-change-address input[name=city]").val()).as("starts from where it ships")
                .isEqualTo("Curitiba");
        assertThat(view.select(".cnc-refund .field-help").text())
                .matches("Your limit: 50\\.00; left to refund on this order: [1-9][0-9]*\\.[0-9]{2}");

        Document moved = agent.post(casePage + "/address", casePage, address("Porto Alegre", "90010-000")).parse();
        assertThat(moved.select(".cnc-done").text()).as(moved.select(".cnc-problem").text())
                .startsWith("The order ships to the new address");
        Document refused = agent.post(casePage + "/address", casePage, address("", "90010-000")).parse();
        assertThat(refused.select(".cnc-problem").text()).as("a field error, nothing changed").isNotEmpty();
        assertThat(refused.select(".cnc-change-address input[name=city]").val()).isEqualTo("Porto Alegre");

        assertThat(agent.post(casePage + "/refund", casePage, Collections.singletonMap("amount", "60")).parse()
                .select(".cnc-problem").text()).isEqualTo("This is more than your role may refund.");
        Document refunded = agent.post(casePage + "/refund", casePage, Collections.singletonMap("amount", "7.25"))
                .parse();
        assertThat(refunded.select(".cnc-done").text()).isEqualTo("Refunded through the payment; the order page shows it.");
        assertThat(refunded.select(".cnc-thread li[data-kind=ACTION]").text()).contains("Porto Alegre", "7.25");

        Document orderPage = GuestOrders.lookedUp(order, email).page("/help/orders/" + order);
        assertThat(orderPage.select("li.event[data-type=refunded_in_part]").text()).contains("Refunded in part", "7.25");
        assertThat(orderPage.select(".shipping-address").text()).contains("Porto Alegre");
    }

    private static Map<String, String> address(String city, String postalCode) {
        Map<String, String> address = new LinkedHashMap<String, String>();
        address.put("firstName", "Rui");
        address.put("lastName", "Costa");
        address.put("addressLine1", "Rua dos Andradas 1");
        address.put("city", city);
        address.put("postalCode", postalCode);
        address.put("country", "BR");
        return address;
    }

    @Test
    void theReportsChartTheCasesByReasonFromTheChartLibrarysWebJar() throws Exception {
        ShopperSession ana = ShopperSession.stepByStep(RunningDemoStore.site());
        ana.signInShopper("ana.souza@example.com", "demo1234");
        Document form = ana.page("/help/contact/case");
        String late = form.select("select[name=reason] option:contains(Late delivery)").val();
        assertThat(ana.post("/help/contact/case", "subject", "Report me", "reason", late, "message", "Still late")
                .statusCode()).isEqualTo(302);

        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        Map<String, String> call = new LinkedHashMap<String, String>();
        call.put("channel", "WHATSAPP");
        call.put("name", "Lia");
        call.put("email", "lia-" + UUID.randomUUID() + "@example.com");
        call.put("subject", "Size exchange");
        call.put("reason", agent.get("/cases").select(".cnc-record-contact select[name=reason] option").first().val());
        call.put("message", "Can I swap the boots for a 39?");
        Connection.Response recorded = agent.post("/cases/record", "/cases", call);
        String casePage = recorded.url().getPath().substring("/admin".length());
        assertThat(recorded.parse().select(".cnc-case-channel").attr("data-channel")).isEqualTo("WHATSAPP");
        agent.post(casePage + "/answer", casePage, Collections.singletonMap("body", "Yes, on its way."));
        call.put("channel", "CASE_FORM");
        assertThat(agent.post("/cases/record", "/cases", call).parse().select(".cnc-problem").text())
                .as("the case form files its own").isEqualTo("Choose the channel the contact came by.");

        Document reports = agent.get("/cases/reports");
        assertThat(reports.select(".cnc-median-row[data-channel=WHATSAPP] td").last().text())
                .as("this week's WhatsApp first response, in minutes").matches("[1-9][0-9]*");
        assertThat(reports.select(".cnc-report-table thead th")).hasSize(13);
        assertThat(reports.select(".cnc-report-table tr[data-reason=Late delivery] td").last().text())
                .as("this week's late deliveries").isNotEqualTo("0");
        String library = reports.select("script[src$=echarts.min.js]").attr("src");
        assertThat(library).isEqualTo("/admin/concierge/webjars/echarts/5.3.1/dist/echarts.min.js");
        Connection.Response script = Jsoup.connect(RunningDemoStore.admin() + library.substring("/admin".length()))
                .ignoreContentType(true).maxBodySize(0).execute();
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("echarts");
    }

    @Test
    void aSignedInShopperFilesAboutTheirOwnOrderAndNobodyElseSeesTheCase() throws Exception {
        ShopperSession ana = ShopperSession.stepByStep(RunningDemoStore.site());
        ana.signInShopper("ana.souza@example.com", "demo1234");
        Document form = ana.page("/help/contact/case");
        assertThat(form.select("input[name=email]")).as("the account's address").isEmpty();
        String order = form.select("select[name=orderId] option:contains(20260920161248121008)").val();
        assertThat(order).isNotEmpty();
        String subject = "Ainda atrasado " + UUID.randomUUID();

        Connection.Response filed = ana.post("/help/contact/case", "subject", subject,
                "reason", form.select("select[name=reason] option").get(1).val(), "orderId", order,
                "message", "Alguma novidade?");
        assertThat(filed.statusCode()).isEqualTo(302);
        String casePath = filed.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(casePath).startsWith("/account/cases/C");
        assertThat(ana.page("/account/cases").select("li[data-case]").text()).contains(subject);
        assertThat(ana.page(casePath).select(".message .body").text()).isEqualTo("Alguma novidade?");

        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        Document view = agent.get("/cases/" + casePath.substring("/account/cases/".length()));
        assertThat(view.select(".cnc-customer-orders li[data-order=20260920161248121008]").attr("data-stage"))
                .isEqualTo("SHIPPED");
        assertThat(view.select(".cnc-customer-cases li").eachAttr("data-case")).contains("C90001");

        ShopperSession marta = ShopperSession.stepByStep(RunningDemoStore.site());
        marta.signInShopper("marta.ruiz@example.com", "demo1234");
        assertThat(marta.get(casePath).statusCode()).isEqualTo(404);
        assertThat(marta.post(casePath, "body", "hi").statusCode()).isEqualTo(404);
        Connection.Response anonymous = ShopperSession.stepByStep(RunningDemoStore.site()).get(casePath);
        assertThat(anonymous.statusCode()).as("signed out: to the sign-in").isEqualTo(302);
        assertThat(anonymous.header("Location")).contains("/login");
        Connection.Response someoneElsesOrder = marta.post("/help/contact/case", "subject", "x", "message", "y",
                "reason", form.select("select[name=reason] option").get(1).val(), "orderId", order);
        assertThat(someoneElsesOrder.statusCode()).isEqualTo(400);
        assertThat(someoneElsesOrder.parse().select(".problem[data-field=order]").text())
                .isEqualTo("We found no order with this number and e-mail address.");
    }
}
