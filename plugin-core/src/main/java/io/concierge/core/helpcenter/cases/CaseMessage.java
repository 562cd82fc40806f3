package io.concierge.core.helpcenter.cases;

import java.util.Date;

/** One message of a case's thread; never changed once written. */
public interface CaseMessage {

    Long getId();

    long getCaseId();

    CaseMessageKind getKind();

    /** An admin user's id for agents' messages, null for the customer's. */
    Long getAdminUserId();

    /** Plain text as written: shown escaped, never as HTML. */
    String getBody();

    Date getWrittenAt();
}
