package io.concierge.core.helpcenter.account;

import java.util.Date;

/** One change to a customer's profile, as their audit trail keeps it: never changed or removed. */
public interface CustomerAuditEntry {

    Long getId();

    long getCustomerId();

    ProfileChange getChange();

    /** Who made it: the customer's own id (self-service). */
    long getActorCustomerId();

    Date getChangedAt();

    String getClientAddress();

    /** JSON of what it was before; null when there was nothing before (an address added, a registration). */
    String getBefore();

    /** JSON of what it is after; never a password. */
    String getAfter();
}
