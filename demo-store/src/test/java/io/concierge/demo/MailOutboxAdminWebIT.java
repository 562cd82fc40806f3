package io.concierge.demo;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail outbox in the Broadleaf admin over HTTP: the section lists mails with their status and the server's reason,
 * shows each read-only, and sends a failed one again. Mails are written into the demo's database directly, as the
 * outbox would have left them.
 */
@ExtendWith(RunningDemoStore.class)
class MailOutboxAdminWebIT {

    /** Ids far above what the demo's id generator hands out. */
    private static final AtomicLong IDS = new AtomicLong(900_000_000L + System.nanoTime() % 1_000_000L * 100);

    private final AdminSession merchant;

    MailOutboxAdminWebIT() throws IOException {
        merchant = AdminSession.signInAsAdmin(RunningDemoStore.admin());
    }

    @Test
    void customerServiceHasTheMailOutbox() throws IOException {
        Document home = merchant.get("/");

        assertThat(home.select("#sideMenu a[href=\"/admin/mail-outbox\"]").text()).isEqualTo("Mail outbox");
    }

    @Test
    void theListShowsEachMailsStatusAndAFailedOnesReason() throws Exception {
        long failed = insertMail("FAILED", 8, "550 5.1.1 <nobody@example.com>: Recipient address rejected");
        long sent = insertMail("SENT", 1, null);

        Document list = merchant.get("/mail-outbox");

        assertThat(row(list, failed).text()).contains("FAILED", "nobody@example.com", "Your order " + failed,
                "550 5.1.1 <nobody@example.com>: Recipient address rejected");
        assertThat(row(list, sent).text()).contains("SENT", "Your order " + sent);
        assertThat(list.select("a.add-main-entity, button.add-main-entity")).as("no Add button").isEmpty();
        assertThat(list.select("#listGrid-main tr[data-link]").first().attr("data-link")).as("newest first")
                .isEqualTo("/admin/mail-outbox/" + sent);
    }

    @Test
    void aFailedMailIsSentAgainFromItsFormAndOthersOfferNothingToDo() throws Exception {
        long failed = insertMail("FAILED", 8, "550 5.1.1 User unknown");
        long sent = insertMail("SENT", 1, null);

        Document sentForm = merchant.get("/mail-outbox/" + sent);
        assertThat(sentForm.select("form.cnc-outbox-retry-form")).isEmpty();
        assertThat(sentForm.select("form.entity-form button.submit-button")).as("no Save").isEmpty();
        Element retry = merchant.get("/mail-outbox/" + failed).select("form.cnc-outbox-retry-form").first();
        assertThat(retry).isNotNull();
        assertThat(retry.attr("action")).isEqualTo("/admin/mail-outbox/" + failed + "/retry");
        assertThat(retry.text()).contains("Send again");

        Connection.Response answer = merchant.post("/mail-outbox/" + failed + "/retry", "/mail-outbox/" + failed,
                Collections.<String, String>emptyMap());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.url().getPath()).isEqualTo("/admin/mail-outbox/" + failed);
        // The demo's sender (no SMTP server) may already have tried it once more and be waiting to try again.
        assertThat(status(failed)).isIn("PENDING", "SENDING");
        assertThat(attempts(failed)).isLessThanOrEqualTo(1);
    }

    @Test
    void broadleafsSaveAndDeleteOfTheFormChangeNoMail() throws Exception {
        long sent = insertMail("SENT", 1, null);
        Map<String, String> changed = new HashMap<String, String>();
        changed.put("subject", "Rewritten");
        changed.put("status", "PENDING");

        merchant.saveForm("/mail-outbox/" + sent, changed);
        Map<String, String> formAsShown = new HashMap<String, String>();
        for (Element input : merchant.get("/mail-outbox/" + sent).select("form.entity-form input[name]")) {
            formAsShown.put(input.attr("name"), input.val());
        }
        merchant.post("/mail-outbox/" + sent + "/delete", "/mail-outbox/" + sent, formAsShown);

        assertThat(subject(sent)).isEqualTo("Your order " + sent);
        assertThat(status(sent)).isEqualTo("SENT");
    }

    private static Element row(Document list, long id) {
        Element row = list.select("#listGrid-main tr[data-link=\"/admin/mail-outbox/" + id + "\"]").first();
        assertThat(row).as("row of mail " + id).isNotNull();
        return row;
    }

    private static long insertMail(String status, int attempts, String lastError) throws SQLException {
        long id = IDS.incrementAndGet();
        Timestamp now = new Timestamp(System.currentTimeMillis() / 1000 * 1000);
        try (java.sql.Connection db = database(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO CNC_OUTBOX_MAIL (MAIL_ID, RECIPIENT, SUBJECT, HTML_BODY, TEXT_BODY, LOCALE,"
                        + " IDEMPOTENCY_KEY, MESSAGE_ID, STATUS, ATTEMPTS, NEXT_ATTEMPT_AT, LAST_ERROR, CREATED_AT,"
                        + " SENT_AT) VALUES (?, ?, ?, ?, ?, 'en', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, "nobody@example.com");
            insert.setString(3, "Your order " + id);
            insert.setString(4, "<p>Shipped</p>");
            insert.setString(5, "Shipped");
            insert.setString(6, "test.order.shipped:" + id);
            insert.setString(7, "<cnc." + id + "@localhost>");
            insert.setString(8, status);
            insert.setInt(9, attempts);
            insert.setTimestamp(10, now);
            insert.setString(11, lastError);
            insert.setTimestamp(12, now);
            insert.setTimestamp(13, "SENT".equals(status) ? now : null);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        return id;
    }

    private static String status(long id) throws SQLException {
        return column("STATUS", id);
    }

    private static String subject(long id) throws SQLException {
        return column("SUBJECT", id);
    }

    private static int attempts(long id) throws SQLException {
        return Integer.parseInt(column("ATTEMPTS", id));
    }

    private static String column(String column, long id) throws SQLException {
        try (java.sql.Connection db = database(); PreparedStatement select = db.prepareStatement(
                "SELECT " + column + " FROM CNC_OUTBOX_MAIL WHERE MAIL_ID = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static java.sql.Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("concierge.db.url"),
                System.getProperty("concierge.db.user"), System.getProperty("concierge.db.password"));
    }
}
