package io.concierge.core.helpcenter.cases;

import java.util.Date;

/** A customer's question or complaint and its thread, as care agents work on it. */
public interface SupportCase {

    Long getId();

    /** What the customer quotes: {@code C1042}. */
    String getNumber();

    /** The Broadleaf customer who filed it (a guest's order's anonymous customer); null for a guest without order. */
    Long getCustomerId();

    /** Where answers are mailed. */
    String getEmail();

    String getName();

    /** The Broadleaf order it is about, or null. */
    Long getOrderId();

    Long getReasonId();

    /** The reason as the customer read it when filing. */
    String getReasonLabel();

    String getSubject();

    CaseStatus getStatus();

    /** The admin user working on it, or null. */
    Long getAssigneeId();

    /** The language mails are written in (Broadleaf locale code, e.g. pt_BR). */
    String getLocaleCode();

    /** Where the customer wrote: the case form, or a channel an agent recorded the contact from. */
    ContactChannelKind getChannel();

    Date getCreatedAt();

    /** When an agent first answered; null before. */
    Date getFirstResponseAt();

    /** When it was last resolved; null while never resolved. */
    Date getResolvedAt();

    Date getLastActivityAt();

    /** Part of what the signed links of this case sign: raising it revokes every link mailed before. */
    int getLinkVersion();

    /** Whether the customer was owed priority support when the case was filed: the inbox lists it first. */
    boolean isPriority();
}
