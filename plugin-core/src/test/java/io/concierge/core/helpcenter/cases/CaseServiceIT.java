package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.orders.TestOrders;
import io.concierge.core.kernel.mail.OutboxMail;
import io.concierge.core.testing.BroadleafContextExtension;
import org.broadleafcommerce.core.order.domain.Order;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Support cases on Broadleaf's real orders and customers, with their mails in the outbox. */
@ExtendWith(BroadleafContextExtension.class)
class CaseServiceIT {

    @Resource(name = "cncCaseService")
    CaseService cases;

    @Resource(name = "cncCaseLinks")
    CaseLinks links;

    @Resource(name = "cncContactChannels")
    ContactChannels channels;

    @Resource(name = "cncCaseReports")
    CaseReports reports;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private final TestOrders orders = TestOrders.fromContext();

    private CaseReason late;

    @BeforeEach
    void theMerchantsReasons() {
        // Survey reasons made by the survey tests in this JVM may point at a case reason: unlink them first.
        orders.inTransaction(status -> em.createQuery("update SurveyReasonImpl set caseReason = null").executeUpdate());
        orders.inTransaction(status -> em.createQuery("delete from CaseReasonImpl").executeUpdate());
        late = orders.inTransaction(status -> {
            CaseReasonImpl reason = new CaseReasonImpl();
            reason.setLabel("Late delivery");
            reason.setDisplayOrder(10);
            em.persist(reason);
            return reason;
        });
    }

    @Test
    void aShopperFilesACaseAboutTheirOrderAndGetsItsNumberAndLinkByMail() throws Exception {
        Order order = orders.checkedOut();
        long customer = order.getCustomer().getId();

        CaseOutcome filed = cases.file(NewCase.bySignedInCustomer(customer)
                .about("Where is my parcel?", "It was due on Monday.", late.getId()).forOrder(order.getId()));

        assertThat(filed.isDone()).as(filed.toString()).isTrue();
        SupportCase supportCase = filed.supportCase();
        assertThat(supportCase.getNumber()).isEqualTo("C" + supportCase.getId());
        assertThat(supportCase.getOrderId()).isEqualTo(order.getId());
        assertThat(supportCase.getEmail()).isEqualTo(order.getCustomer().getEmailAddress());
        assertThat(supportCase.getReasonLabel()).isEqualTo("Late delivery");
        assertThat(supportCase.getStatus()).isEqualTo(CaseStatus.OPEN);
        assertThat(cases.casesOf(customer)).extracting(SupportCase::getNumber).containsExactly(supportCase.getNumber());
        assertThat(cases.thread(supportCase.getId(), false)).extracting(CaseMessage::getBody)
                .containsExactly("It was due on Monday.");
        OutboxMail receipt = mailOf(supportCase, 0);
        assertThat(receipt.getSubject()).isEqualTo("[" + supportCase.getNumber() + "] We received your message: Where is my parcel?");
        assertThat(receipt.getTextBody()).contains("It was due on Monday.", "/help/cases/" + supportCase.getNumber() + "?t=");
    }

    @Test
    void aCaseWithoutMessageTooLongOrAboutAnotherShoppersOrderIsNotFiled() throws Exception {
        Order order = orders.checkedOut();
        Order someoneElses = orders.checkedOut();
        long customer = order.getCustomer().getId();
        StringBuilder megabyte = new StringBuilder();
        while (megabyte.length() < 1024 * 1024) {
            megabyte.append("0123456789abcdef");
        }

        assertThat(cases.file(NewCase.bySignedInCustomer(customer).about("Hello", " ", late.getId())).fieldErrors())
                .containsOnly(entry(CaseRules.MESSAGE, CaseRules.REQUIRED));
        assertThat(cases.file(NewCase.bySignedInCustomer(customer).about("Hello", megabyte.toString(), late.getId()))
                .fieldErrors()).containsOnly(entry(CaseRules.MESSAGE, CaseRules.MESSAGE_TOO_LONG));
        assertThat(cases.file(NewCase.bySignedInCustomer(customer).about("Hello", "Hi", null)).fieldErrors())
                .containsOnly(entry(CaseRules.REASON, CaseRules.NO_REASON));
        assertThat(cases.file(NewCase.bySignedInCustomer(customer).about("Hello", "Hi", late.getId())
                .forOrder(someoneElses.getId())).fieldErrors()).containsOnly(entry(CaseRules.ORDER, CaseRules.UNKNOWN_ORDER));
        assertThat(cases.casesOf(customer)).isEmpty();
    }

    @Test
    void aGuestNamesTheOrderByNumberAndEmailAndAWrongEmailIsTheSameAnswerAsNoSuchOrder() throws Exception {
        Order order = orders.checkedOut();
        String placedWith = order.getEmailAddress() != null ? order.getEmailAddress()
                : order.getCustomer().getEmailAddress();

        assertThat(cases.file(NewCase.byGuest("Rui", "rui@example.com").about("Damaged", "Broken zip", late.getId())
                .forGuestOrder(order.getOrderNumber(), "someone@example.com")).fieldErrors())
                .containsOnly(entry(CaseRules.ORDER, CaseRules.UNKNOWN_ORDER));
        assertThat(cases.file(NewCase.byGuest("Rui", "rui@example.com").about("Damaged", "Broken zip", late.getId())
                .forGuestOrder("NO-SUCH-ORDER", placedWith)).fieldErrors())
                .containsOnly(entry(CaseRules.ORDER, CaseRules.UNKNOWN_ORDER));
        assertThat(cases.file(NewCase.byGuest("Rui", "not an address").about("Damaged", "Broken zip", late.getId()))
                .fieldErrors()).containsOnly(entry(CaseRules.EMAIL, CaseRules.BAD_EMAIL));

        CaseOutcome filed = cases.file(NewCase.byGuest("Rui", "rui@example.com")
                .about("Damaged", "Broken zip", late.getId()).forGuestOrder(order.getOrderNumber(), placedWith.toUpperCase()));
        assertThat(filed.isDone()).as(filed.toString()).isTrue();
        assertThat(filed.supportCase().getCustomerId()).as("the order's customer").isEqualTo(order.getCustomer().getId());
        assertThat(filed.supportCase().getEmail()).isEqualTo("rui@example.com");
    }

    @Test
    void anAgentsAnswerIsMailedAndMeasuredANoteStaysInternalAndTheCustomersReplyReopens() throws Exception {
        Order order = orders.checkedOut();
        SupportCase supportCase = cases.file(NewCase.bySignedInCustomer(order.getCustomer().getId())
                .about("Billing", "Charged twice?", late.getId())).supportCase();

        cases.note(supportCase.getId(), -1L, "Checked the gateway: one charge only.");
        CaseOutcome answered = cases.replyAsAgent(supportCase.getId(), -1L, "You were charged once; the other is a hold.");

        assertThat(answered.supportCase().getStatus()).isEqualTo(CaseStatus.ANSWERED);
        assertThat(answered.supportCase().getFirstResponseAt()).isNotNull();
        assertThat(cases.thread(supportCase.getId(), false)).extracting(CaseMessage::getKind)
                .containsExactly(CaseMessageKind.CUSTOMER, CaseMessageKind.AGENT);
        assertThat(cases.thread(supportCase.getId(), true)).extracting(CaseMessage::getKind)
                .containsExactly(CaseMessageKind.CUSTOMER, CaseMessageKind.NOTE, CaseMessageKind.AGENT);
        OutboxMail answerMail = mailOf(supportCase, 1);
        assertThat(answerMail.getTextBody()).contains("You were charged once").doesNotContain("Checked the gateway");

        Date firstResponse = answered.supportCase().getFirstResponseAt();
        cases.replyAsAgent(supportCase.getId(), -1L, "Anything else?");
        assertThat(cases.find(supportCase.getNumber()).getFirstResponseAt()).as("the first answer's").isEqualTo(firstResponse);
        assertThat(cases.replyAsCustomer(supportCase.getId(), "Thanks!").supportCase().getStatus())
                .isEqualTo(CaseStatus.OPEN);
        assertThat(cases.replyAsCustomer(supportCase.getId(), "").fieldErrors())
                .containsOnly(entry(CaseRules.MESSAGE, CaseRules.REQUIRED));
    }

    @Test
    void contactsAnAgentRecordsFromAChannelAreMeasuredAndReportedForThatChannel() {
        assertThat(channels.medianFirstResponseMinutes(new Date())).doesNotContainKey(ContactChannelKind.SOCIAL);
        for (int i = 0; i < ContactChannels.MIN_MEASURED_CASES; i++) {
            SupportCase contact = cases.file(NewCase.byGuest("Lia", "lia" + i + "@example.com")
                    .about("Size", "Do you have a 39?", late.getId()).through(ContactChannelKind.SOCIAL)).supportCase();
            assertThat(contact.getChannel()).isEqualTo(ContactChannelKind.SOCIAL);
            cases.replyAsAgent(contact.getId(), -1L, "We do.");
        }

        assertThat(channels.medianFirstResponseMinutes(new Date())).as("answered at once: at least a minute")
                .containsEntry(ContactChannelKind.SOCIAL, 1);
        CaseReport report = reports.lastWeeks(1, new Date());
        assertThat(report.getMedianFirstResponseMinutesByChannel().get("SOCIAL")).containsExactly(1);
        assertThat(cases.file(NewCase.byGuest("Lia", "lia@example.com").about("Hi", "Hello", late.getId()))
                .supportCase().getChannel()).as("the case form's by default").isEqualTo(ContactChannelKind.CASE_FORM);
    }

    @Test
    void aRevokedLinkNoLongerOpensTheCase() throws Exception {
        Order order = orders.checkedOut();
        SupportCase supportCase = cases.file(NewCase.bySignedInCustomer(order.getCustomer().getId())
                .about("Size", "Does it run small?", late.getId())).supportCase();
        String link = links.link(supportCase, new Date());
        String token = link.substring(link.indexOf("?t=") + 3);
        assertThat(links.opens(supportCase, token, new Date())).isTrue();
        assertThat(links.opens(cases.find(supportCase.getNumber()), token + "x", new Date())).isFalse();

        cases.revokeLinks(supportCase.getId());

        assertThat(links.opens(cases.find(supportCase.getNumber()), token, new Date())).isFalse();
    }

    @Test
    void theListFiltersByStatusReasonAndOverdue() throws Exception {
        Order order = orders.checkedOut();
        SupportCase open = cases.file(NewCase.bySignedInCustomer(order.getCustomer().getId())
                .about("Open one", "Waiting", late.getId())).supportCase();
        SupportCase answered = cases.file(NewCase.bySignedInCustomer(order.getCustomer().getId())
                .about("Answered one", "Answered", late.getId())).supportCase();
        cases.replyAsAgent(answered.getId(), -1L, "Done");
        orders.inTransaction(status -> em.createQuery("update SupportCaseImpl c set c.createdAt = :old where c.id = :id")
                .setParameter("old", new Date(System.currentTimeMillis() - 3L * 24 * 3600 * 1000))
                .setParameter("id", open.getId()).executeUpdate());

        assertThat(numbers(cases.list(CaseFilter.all().status(CaseStatus.ANSWERED).reason(late.getId()), 0, 1000)))
                .contains(answered.getNumber()).doesNotContain(open.getNumber());
        assertThat(numbers(cases.list(CaseFilter.all().overdueOnly(true), 0, 1000)))
                .contains(open.getNumber()).doesNotContain(answered.getNumber());
        assertThat(numbers(cases.list(CaseFilter.all().olderThanHours(48), 0, 1000)))
                .contains(open.getNumber()).doesNotContain(answered.getNumber());
        CaseList firstPage = cases.list(CaseFilter.all(), 0, 1);
        assertThat(firstPage.getCases()).hasSize(1);
        assertThat(firstPage.getTotal()).isGreaterThanOrEqualTo(2);
    }

    private static List<String> numbers(CaseList list) {
        List<String> numbers = new ArrayList<String>();
        for (SupportCase supportCase : list.getCases()) {
            numbers.add(supportCase.getNumber());
        }
        return numbers;
    }

    private OutboxMail mailOf(SupportCase supportCase, int index) {
        List<OutboxMail> mails = orders.inTransaction(status -> em.createQuery("select m from OutboxMailImpl m"
                        + " where m.idempotencyKey like :key order by m.id", OutboxMail.class)
                .setParameter("key", "case-" + supportCase.getId() + "-message-%").getResultList());
        assertThat(mails.size()).isGreaterThan(index);
        return mails.get(index);
    }
}
