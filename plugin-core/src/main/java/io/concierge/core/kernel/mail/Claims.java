package io.concierge.core.kernel.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * The claim rules every sender node applies, in the database's conditions and here alike: a mail can be claimed when
 * it is pending and due, or when the lease of the node sending it has expired (that node stopped or hangs).
 */
public final class Claims {

    private Claims() {
    }

    public static boolean isClaimable(OutboxStatus status, Instant nextAttemptAt, Instant leaseExpiresAt,
                                      Instant now) {
        switch (status) {
            case PENDING:
                return !nextAttemptAt.isAfter(now);
            case SENDING:
                return leaseExpiresAt == null || !leaseExpiresAt.isAfter(now);
            default:
                return false;
        }
    }

    /**
     * Whether a claimed mail may still be sent: only while the lease outlasts one delivery with its SMTP timeouts,
     * else another node may take the mail over in the middle and both send it.
     */
    public static boolean mayStillSend(Instant leaseExpiresAt, Instant now, Duration oneDelivery) {
        return now.plus(oneDelivery).isBefore(leaseExpiresAt);
    }

    /** The lease must outlast at least one delivery, or no claimed mail would ever be sent. */
    public static void checkLease(Duration lease, Duration oneDelivery) {
        if (lease.compareTo(oneDelivery.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("concierge.mail.leaseSeconds (" + lease.getSeconds()
                    + ") must be at least twice the time one delivery may take (" + oneDelivery.getSeconds()
                    + " s of SMTP timeouts)");
        }
    }
}
