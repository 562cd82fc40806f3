package io.concierge.core.survey;

import io.concierge.core.kernel.mail.OutboxStatus;
import io.concierge.core.testing.BroadleafContextExtension;
import io.concierge.core.testing.RefusingSmtpProxy;
import io.concierge.core.testing.SmtpTestServer;
import io.concierge.core.testing.StoreNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.mail.Address;
import javax.mail.internet.MimeMessage;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two store nodes (JVMs of their own, {@link StoreNode}) run the survey dispatch and the outbox sender at once over
 * 10 000 due orders of one PostgreSQL database, to GreenMail through a proxy that refuses every other recipient (451)
 * for its first seconds; the node running the dispatch is killed (kill -9) in the middle of it, and the other one
 * takes it over when the dead node's lease ends. Every customer who accepts surveys must get exactly one invitation
 * (one order per customer), nobody who opted out any, and a mail may arrive twice only if the killed node had it in
 * flight, with the same Message-ID. PostgreSQL only (the db-postgresql profile): the nodes share the database this
 * JVM made.
 */
@ExtendWith(BroadleafContextExtension.class)
class SurveyDispatchTwoNodesIT {

    private static final int ORDERS = Integer.getInteger("concierge.test.twoNodes.orders", 10000);
    private static final long FIRST_ID = 910_000_000L;
    private static final int MAIL_BATCH = 50;
    private static final int CONNECTIONS = 3;
    private static final int LEASE_SECONDS = 60;
    private static final long REFUSING_MILLIS = 8000;
    private static final long DEADLINE_MINUTES = 5;
    private static final String SURVEY_MAIL_KEY = "'" + SurveyDispatch.INVITATION_KEY + "' || i.INVITATION_ID";

    @Resource(name = "cncSurveyDispatch")
    SurveyDispatch thisJvmsDispatch;

    @Resource(name = "blTransactionManager")
    JpaTransactionManager transactionManager;

    @TempDir
    Path work;

    @Test
    void everyCustomerGetsOneInvitationAndOnlyTheKilledNodesMailsInFlightArriveTwice() throws Exception {
        StoreNode.assumeSharedPostgreSql("SurveyDispatchTwoNodesIT");
        DataSource data = transactionManager.getDataSource();
        JdbcTemplate sql = new JdbcTemplate(data);
        sql.update("DELETE FROM CNC_OUTBOX_MAIL");
        DueOrders due = DueOrders.write(data, FIRST_ID, ORDERS, 6);
        long survey = due.survey(data, false);
        // This JVM only looks on: the two nodes are the ones that dispatch.
        thisJvmsDispatch.stop();
        SmtpTestServer smtp = new SmtpTestServer();
        smtp.start();
        List<StoreNode> nodes = new ArrayList<StoreNode>();
        try (RefusingSmtpProxy proxy = RefusingSmtpProxy.refusingHalfAtFirst(smtp.port(), REFUSING_MILLIS)) {
            for (int node = 1; node <= 2; node++) {
                nodes.add(startNode(node, proxy.port()));
            }
            for (StoreNode node : nodes) {
                node.awaitRunning();
            }
            long started = System.nanoTime();
            long deadline = started + TimeUnit.MINUTES.toNanos(DEADLINE_MINUTES);
            // Both nodes try the dispatch every second from now on; one takes the lease.
            due.activate(data);

            StoreNode killed = null;
            long mailedAtKill = -1;
            long invitations = 0;
            while (killed == null && System.nanoTime() < deadline) {
                Thread.sleep(20);
                invitations = count(sql, "SELECT COUNT(*) AS N FROM CNC_SURVEY_INVITATION WHERE SURVEY_ID = ?", survey);
                long mailed = count(sql, "SELECT COUNT(*) AS N FROM CNC_SURVEY_INVITATION WHERE SURVEY_ID = ?"
                        + " AND STATUS <> 'DUE'", survey);
                String holder = holderOfTheDispatch(sql);
                StoreNode dispatching = holder == null ? null : nodeOf(nodes, holder);
                if (dispatching != null && invitations > 0 && mailed >= invitations / 4 && mailed < invitations) {
                    dispatching.kill();
                    killed = dispatching;
                    mailedAtKill = mailed;
                }
            }
            assertThat(killed).as("the dispatching node, killed in the middle of the dispatch").isNotNull();
            long killedAfter = System.nanoTime() - started;
            Set<String> inFlight = new HashSet<String>(sql.queryForList("SELECT MESSAGE_ID FROM CNC_OUTBOX_MAIL"
                    + " WHERE STATUS = ? AND CLAIM_OWNER LIKE ?", String.class, OutboxStatus.SENDING.name(),
                    killed.pidAt() + "%"));
            long leftToTheSurvivor = count(sql, "SELECT COUNT(*) AS N FROM CNC_SURVEY_INVITATION WHERE SURVEY_ID = ?"
                    + " AND STATUS = 'DUE'", survey);

            while (System.nanoTime() < deadline && (count(sql, "SELECT COUNT(*) AS N FROM CNC_SURVEY_INVITATION"
                    + " WHERE SURVEY_ID = ? AND STATUS = 'DUE'", survey) > 0 || count(sql, "SELECT COUNT(*) AS N"
                    + " FROM CNC_OUTBOX_MAIL m JOIN CNC_SURVEY_INVITATION i ON m.IDEMPOTENCY_KEY = " + SURVEY_MAIL_KEY
                    + " WHERE i.SURVEY_ID = ? AND m.STATUS <> 'SENT'", survey) > 0)) {
                Thread.sleep(200);
            }
            long finished = System.nanoTime() - started;

            Map<String, Long> invitationsPerCustomer = new HashMap<String, Long>();
            for (Map<String, Object> row : sql.queryForList("SELECT EMAIL, COUNT(*) AS N FROM CNC_SURVEY_INVITATION"
                    + " WHERE SURVEY_ID = ? GROUP BY EMAIL", survey)) {
                invitationsPerCustomer.put((String) row.get("EMAIL"), ((Number) row.get("N")).longValue());
            }
            long mailsInTheOutbox = count(sql, "SELECT COUNT(*) AS N FROM CNC_OUTBOX_MAIL m JOIN CNC_SURVEY_INVITATION i"
                    + " ON m.IDEMPOTENCY_KEY = " + SURVEY_MAIL_KEY + " WHERE i.SURVEY_ID = ?", survey);
            Map<String, List<String>> messageIdsPerRecipient = new HashMap<String, List<String>>();
            for (MimeMessage message : smtp.received()) {
                for (Address to : message.getAllRecipients()) {
                    messageIdsPerRecipient.computeIfAbsent(to.toString(), address -> new ArrayList<String>())
                            .add(message.getMessageID());
                }
            }
            int delivered = 0;
            int duplicates = 0;
            int sameMessageId = 0;
            int toOptedOut = 0;
            Set<String> repeated = new HashSet<String>();
            for (Map.Entry<String, List<String>> recipient : messageIdsPerRecipient.entrySet()) {
                List<String> ids = recipient.getValue();
                delivered += ids.size();
                duplicates += ids.size() - 1;
                Set<String> distinct = new HashSet<String>(ids);
                sameMessageId += distinct.size() == 1 ? ids.size() - 1 : 0;
                if (ids.size() > 1) {
                    repeated.addAll(distinct);
                }
                toOptedOut += due.optedOut.contains(recipient.getKey()) ? ids.size() : 0;
            }
            System.out.printf("SurveyDispatchTwoNodesIT: due orders %d (%d customers), opted out %d, invitations %d"
                            + " (mails in the outbox %d), mails delivered %d to %d recipients, to opted-out customers"
                            + " %d, duplicates %d, duplicates with the same Message-ID %d, refused attempts %d;"
                            + " node %s killed after %.1f s with %d of %d invitations mailed (%d mails in flight),"
                            + " %d left to the other node; all done after %.1f s%n",
                    ORDERS, due.customers(), due.optedOut.size(), invitationsPerCustomer.values().stream()
                            .mapToLong(Long::longValue).sum(), mailsInTheOutbox, delivered,
                    messageIdsPerRecipient.size(), toOptedOut, duplicates, sameMessageId, proxy.refused(),
                    killed.name(), killedAfter / 1e9, mailedAtKill, invitations, inFlight.size(), leftToTheSurvivor,
                    finished / 1e9);

            assertThat(leftToTheSurvivor).as("invitations the killed node left unmailed").isPositive();
            assertThat(invitationsPerCustomer.keySet()).as("customers invited: all who accept surveys")
                    .isEqualTo(due.accepting);
            assertThat(new HashSet<Long>(invitationsPerCustomer.values())).as("invitations per customer")
                    .containsExactly(1L);
            assertThat(mailsInTheOutbox).as("one mail per invitation").isEqualTo(due.accepting.size());
            assertThat(messageIdsPerRecipient.keySet()).as("every customer who accepts surveys got the mail, no one"
                    + " else").isEqualTo(due.accepting);
            assertThat(sameMessageId).as("a second copy is only ever the same mail").isEqualTo(duplicates);
            assertThat(inFlight).as("mails arriving twice were in flight on the killed node").containsAll(repeated);
            assertThat(proxy.refused()).as("refused attempts").isPositive();
        } finally {
            for (StoreNode node : nodes) {
                node.close();
            }
            smtp.stop();
            thisJvmsDispatch.start();
        }
    }

    private static long count(JdbcTemplate sql, String query, long survey) {
        Long count = sql.queryForObject(query, Long.class, survey);
        return count;
    }

    private static String holderOfTheDispatch(JdbcTemplate sql) {
        List<String> holders = sql.queryForList("SELECT HOLDER FROM CNC_JOB_LEASE WHERE JOB_NAME = ?"
                + " AND LEASE_UNTIL >= CURRENT_TIMESTAMP", String.class, SurveyDispatch.JOB);
        return holders.isEmpty() ? null : holders.get(0);
    }

    /** The node whose JVM holds the lease (holders begin with the JVM's {@code pid@}), or null. */
    private static StoreNode nodeOf(List<StoreNode> nodes, String holder) {
        for (StoreNode node : nodes) {
            if (holder.startsWith(node.pidAt())) {
                return node;
            }
        }
        return null;
    }

    /** A node on this JVM's database that tries the dispatch every second and sends the outbox every second. */
    private StoreNode startNode(int node, int smtpPort) throws IOException {
        List<String> settings = new ArrayList<String>(StoreNode.sendingEverySecond(smtpPort, MAIL_BATCH, CONNECTIONS));
        settings.add("concierge.survey.dispatchSeconds=1");
        settings.add("concierge.survey.leaseSeconds=" + LEASE_SECONDS);
        return StoreNode.start("node" + node, work, settings);
    }
}
