package io.concierge.core.loyalty;

import java.io.Serializable;
import java.util.Date;

/**
 * Staff's manual tier for a customer (admin: Customer Service › Loyalty assignments): while it is in force (until
 * its date, or until revoked) the customer holds at least this tier, whatever the orders say; a higher tier the
 * orders reach is still entered. One per customer; a new one replaces it.
 */
public interface LoyaltyAssignment extends Serializable {

    long getCustomerId();

    long getTierId();

    String getNote();

    /** Null: until revoked. */
    Date getKeptUntil();

    String getAssignedBy();

    Date getAssignedAt();

    /** Whether it still holds the tier at {@code now}. */
    boolean inForceAt(Date now);
}
