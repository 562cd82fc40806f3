package io.concierge.core.helpcenter.cases;

import java.util.Date;
import java.util.List;
import java.util.Map;

public interface SupportCaseDao {

    /** Stores the case and gives it its number. */
    SupportCaseImpl add(SupportCaseImpl supportCase);

    SupportCaseImpl readById(long caseId);

    SupportCaseImpl readByNumber(String number);

    /** Newest activity first. */
    List<SupportCase> readForCustomer(long customerId);

    /** Newest activity first; {@code overdueBefore}: open and unanswered cases filed before it, when overdue only. */
    List<SupportCase> readPage(CaseFilter filter, Date now, Date overdueBefore, int first, int max);

    long count(CaseFilter filter, Date now, Date overdueBefore);

    CaseMessage add(CaseMessageImpl message);

    /** Oldest first; internal notes and actions only when asked for. */
    List<CaseMessage> readThread(long caseId, boolean withStaffOnly);

    /** Per channel, the milliseconds from filing to the first answer of the cases first answered since {@code since}. */
    Map<ContactChannelKind, List<Long>> firstResponseMillisSince(Date since);
}
