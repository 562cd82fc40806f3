package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff's manual tiers and the change log over HTTP: the demo's manual Expedition of Emily Carter is in the log with
 * its note; a bad form gets its field errors and adds nothing; Marta Ruiz assigned Expedition until a date is
 * Expedition on her own page, listed with the note and who assigned it, and in her change log; revoked, her orders
 * decide again (Expedition kept for its grace days). She is put back in Trail at the end, through the same form.
 */
@ExtendWith(RunningDemoStore.class)
class LoyaltyAssignmentsWebIT {

    private static final String PAGE = "/loyalty-assignments";
    private static final String MARTA = "marta.ruiz@example.com";
    private static final String EXPEDITION_ID = "-3";
    private static final String TRAIL_ID = "-1";

    @Test
    void staffAssignsATierUntilADateRevokesItAndTheChangeLogSaysWhoAndWhy() throws IOException {
        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        Element emilys = agent.get(PAGE).selectFirst(".cnc-change[data-email=emily.carter@example.com][data-reason=MANUAL]");
        assertThat(emilys).isNotNull();
        assertThat(emilys.select(".cnc-note").text()).isEqualTo("Brand ambassador for the autumn catalogue");
        assertThat(emilys.select(".cnc-to").text()).isEqualTo("Expedition");

        Document refused = assign(agent, "nobody@example.com", EXPEDITION_ID, "someday", " ").parse();
        assertThat(refused.select(".cnc-field-error").eachAttr("data-field"))
                .containsExactlyInAnyOrder("email", "keptUntil", "note");
        assertThat(refused.select(".cnc-field-error[data-field=email]").text())
                .isEqualTo("No registered customer has this e-mail.");
        assertThat(refused.select("input[name=email]").val()).isEqualTo("nobody@example.com");
        assertThat(refused.select(".cnc-assignment")).isEmpty();

        String until = LocalDate.now().plusDays(30).toString();
        Connection.Response assigned = assign(agent, MARTA, EXPEDITION_ID, until, "Runs our trail club");
        assertThat(assigned.url().getQuery()).startsWith("done=assigned&customer=");
        Document page = assigned.parse();
        Element row = page.selectFirst(".cnc-assignment[data-email=" + MARTA + "]");
        assertThat(row.select(".cnc-tier").text()).isEqualTo("Expedition");
        assertThat(row.select(".cnc-note").text()).isEqualTo("Runs our trail club");
        assertThat(row.text()).contains(until, "admin");
        Element logged = page.selectFirst(".cnc-change[data-email=" + MARTA + "]");
        assertThat(logged.attr("data-reason")).isEqualTo("MANUAL");
        assertThat(logged.select(".cnc-from").text()).isEqualTo("Trail");
        assertThat(logged.select(".cnc-to").text()).isEqualTo("Expedition");
        assertThat(logged.select(".cnc-by").text()).isEqualTo("admin");
        assertThat(page.select(".cnc-change").eachAttr("data-email")).containsOnly(MARTA);
        assertThat(loyaltyOfMarta()).contains("\"tier\":\"Expedition\"", "\"keptUntil\":null");

        try {
            Document revoked = revoke(agent, row).parse();
            assertThat(revoked.select(".cnc-done").text()).startsWith("Revoked.");
            assertThat(revoked.select(".cnc-assignment[data-email=" + MARTA + "]")).isEmpty();
            assertThat(revoked.selectFirst(".cnc-change[data-email=" + MARTA + "]").select(".cnc-note").text())
                    .isEqualTo("Revoked: Runs our trail club");
            assertThat(loyaltyOfMarta()).as("Expedition kept for its grace days")
                    .contains("\"tier\":\"Expedition\"").doesNotContain("\"keptUntil\":null");
        } finally {
            Connection.Response back = assign(agent, MARTA, TRAIL_ID, "", "Back to the demo after a web test");
            revoke(agent, back.parse().selectFirst(".cnc-assignment[data-email=" + MARTA + "]"));
            assertThat(loyaltyOfMarta()).contains("\"tier\":\"Trail\"", "\"keptUntil\":null");
        }
    }

    @Test
    void pointsWhileTheDemoCountsNetSpendGetTheirFieldErrorsAndAddNothing() throws IOException {
        AdminSession agent = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        assertThat(agent.get(PAGE).select(".cnc-points-off").text()).startsWith("Tiers are not reached by points");
        Map<String, String> form = new HashMap<String, String>();
        form.put("pointsEmail", "nobody@example.com");
        form.put("points", "120");
        form.put("pointsNote", "");
        Document refused = agent.post(PAGE + "/points", PAGE, form).parse();
        assertThat(refused.select(".cnc-field-error").eachAttr("data-field"))
                .containsExactlyInAnyOrder("pointsEmail", "points", "pointsNote");
        assertThat(refused.select(".cnc-field-error[data-field=points]").text())
                .startsWith("Tiers are not reached by points");
        assertThat(refused.select("input[name=points]").val()).isEqualTo("120");
        form.put("pointsEmail", MARTA);
        form.put("pointsNote", "Goodwill");
        refused = agent.post(PAGE + "/points", PAGE, form).parse();
        assertThat(refused.select(".cnc-field-error").eachAttr("data-field")).containsExactly("points");
        assertThat(refused.select(".cnc-points-adjustment[data-email=" + MARTA + "]")).isEmpty();
    }

    private static Connection.Response assign(AdminSession agent, String email, String tier, String until,
                                              String note) throws IOException {
        Map<String, String> form = new HashMap<String, String>();
        form.put("email", email);
        form.put("tier", tier);
        form.put("keptUntil", until);
        form.put("note", note);
        return agent.post(PAGE + "/assign", PAGE, form);
    }

    private static Connection.Response revoke(AdminSession agent, Element row) throws IOException {
        return agent.post(PAGE + "/revoke", PAGE, Collections.singletonMap("customerId",
                row.select("input[name=customerId]").val()));
    }

    private static String loyaltyOfMarta() throws IOException {
        ShopperSession marta = ShopperSession.stepByStep(RunningDemoStore.site());
        marta.signInShopper(MARTA, "demo1234");
        return marta.get("/account/loyalty.json").body();
    }
}
