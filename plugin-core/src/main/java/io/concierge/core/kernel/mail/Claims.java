package io.concierge.core.kernel.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * What a sender node does with each mail it has just claimed. Which mails can be claimed (pending and due, or sending
 * under an expired lease) is said once, in the claim statements of {@link OutboxMailStore}.
 */
public final class Claims {

    /** The fate of a claimed mail. */
    public enum Action {
        /** Deliver it now. */
        SEND,
        /** Fail it unsent: this claim is beyond the last attempt, the senders of the earlier ones all stopped. */
        GIVE_UP,
        /** Give it back unsent, with its attempt: too little of the lease is left to deliver it safely. */
        GIVE_BACK
    }

    private Claims() {
    }

    /**
     * @param attempts          the mail's attempts, this claim included
     * @param leaseExpiresAt    the end of this node's claim
     * @param longestDelivery   one delivery with all its SMTP time-outs: the lease must outlast it, else another node
     *                          may take the mail over in the middle and both send it
     */
    public static Action forClaimedMail(int attempts, int maxAttempts, Instant leaseExpiresAt, Instant now,
                                        Duration longestDelivery) {
        if (attempts > maxAttempts) {
            return Action.GIVE_UP;
        }
        return now.plus(longestDelivery).isBefore(leaseExpiresAt) ? Action.SEND : Action.GIVE_BACK;
    }

    /** The lease must outlast at least two deliveries, or a batch would mostly be given back. */
    public static void checkLease(Duration lease, Duration longestDelivery) {
        if (lease.compareTo(longestDelivery.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("concierge.mail.leaseSeconds (" + lease.getSeconds()
                    + ") must be at least twice the time one delivery may take (" + longestDelivery.getSeconds()
                    + " s of SMTP timeouts)");
        }
    }
}
