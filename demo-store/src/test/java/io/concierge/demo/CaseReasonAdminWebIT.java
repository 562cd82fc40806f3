package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant deletes, in the Broadleaf admin over HTTP, a case reason that a survey reason stands for: the case reason
 * goes and the survey reason stays, no longer linked. The rows are written into the demo's database directly, on an
 * inactive survey of the test's own.
 */
@ExtendWith(RunningDemoStore.class)
class CaseReasonAdminWebIT {

    /** Ids far above what the demo's id generator hands out. */
    private static final long ID = 910_000_000L + System.nanoTime() % 1_000_000L * 10;

    @Test
    void aCaseReasonASurveyReasonStandsForIsDeletedFromItsFormAndTheSurveyReasonStays() throws Exception {
        long caseReason = ID;
        long surveyReason = ID + 1;
        execute("INSERT INTO CNC_CASE_REASON (REASON_ID, LABEL, DISPLAY_ORDER, ACTIVE) VALUES (" + caseReason
                + ", 'Parcel lost " + caseReason + "', 90, TRUE)");
        execute("INSERT INTO CNC_SURVEY (SURVEY_ID, NAME, KIND, TRIGGER_EVENT, TRIGGER_DAYS, THROTTLE_DAYS,"
                + " REMINDER_DAYS, ACTIVE) VALUES (" + ID + ", 'Case reason deletion " + ID
                + "', 'CSAT', 'AFTER_DELIVERY', 5, 90, 0, FALSE)");
        execute("INSERT INTO CNC_SURVEY_REASON (REASON_ID, SURVEY_ID, LABEL_EN, DISPLAY_ORDER, ACTIVE,"
                + " CASE_REASON_ID) VALUES (" + surveyReason + ", " + ID + ", 'Never arrived', 10, TRUE, "
                + caseReason + ")");
        AdminSession merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
        Map<String, String> formAsShown = new HashMap<String, String>();
        for (Element input : merchant.get("/case-reasons/" + caseReason).select("form.entity-form input[name]")) {
            formAsShown.put(input.attr("name"), input.val());
        }

        Connection.Response answer = merchant.post("/case-reasons/" + caseReason + "/delete",
                "/case-reasons/" + caseReason, formAsShown);

        assertThat(answer.statusCode()).isLessThan(400);
        assertThat(count("SELECT COUNT(*) FROM CNC_CASE_REASON WHERE REASON_ID = " + caseReason)).isZero();
        assertThat(count("SELECT COUNT(*) FROM CNC_SURVEY_REASON WHERE REASON_ID = " + surveyReason
                + " AND CASE_REASON_ID IS NULL AND LABEL_EN = 'Never arrived'")).isEqualTo(1);
        assertThat(merchant.get("/case-reasons").select("#listGrid-main").text()).doesNotContain("Parcel lost "
                + caseReason);
    }

    private static void execute(String sql) throws SQLException {
        try (java.sql.Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }

    private static int count(String sql) throws SQLException {
        try (java.sql.Connection db = database(); PreparedStatement select = db.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            return row.getInt(1);
        }
    }

    private static java.sql.Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("concierge.db.url"),
                System.getProperty("concierge.db.user"), System.getProperty("concierge.db.password"));
    }
}
