package io.concierge.core.helpcenter.cases;

import java.util.List;

/**
 * Support cases: filed by shoppers on the storefront, answered by care agents in the admin, each message of the
 * customer's and the agent's mailed through the outbox in the same transaction. Bean {@code cncCaseService}.
 */
public interface CaseService {

    /**
     * Files a case with the shopper's first message and mails its number and link.
     *
     * @return done; or field errors (then nothing is filed)
     */
    CaseOutcome file(NewCase request);

    /** @return the case with this number, or null */
    SupportCase find(String number);

    /** A customer's cases, newest activity first. */
    List<SupportCase> casesOf(long customerId);

    /** The thread, oldest first; internal notes and actions only for staff. */
    List<CaseMessage> thread(long caseId, boolean forStaff);

    /** The customer writes again: the case is open again. */
    CaseOutcome replyAsCustomer(long caseId, String body);

    /** Gives a case one of the merchant's active reasons (the report counts it there); false for an unknown one. */
    boolean classify(long caseId, long reasonId);

    /** An agent answers: mailed to the customer; the first answer sets the first response time. */
    CaseOutcome replyAsAgent(long caseId, long adminUserId, String body);

    /** An agent's internal note: never shown to or mailed to the customer. */
    CaseOutcome note(long caseId, long adminUserId, String body);

    void changeStatus(long caseId, CaseStatus status);

    /** @param adminUserId null to leave it unassigned */
    void assign(long caseId, Long adminUserId);

    /** Every link to this case mailed so far stops working; the next mail carries a new one. */
    void revokeLinks(long caseId);

    /** A page of the admin's list (from 0). */
    CaseList list(CaseFilter filter, int page, int pageSize);

    List<CaseReason> reasons();
}
