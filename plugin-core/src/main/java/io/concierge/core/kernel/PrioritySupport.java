package io.concierge.core.kernel;

/**
 * Whether a customer is owed priority support (loyalty: a tier with that perk), asked when their case is filed so
 * that the inbox lists it first. Every bean implementing it is asked; the kernel never names one.
 */
public interface PrioritySupport {

    boolean hasPrioritySupport(long customerId);
}
