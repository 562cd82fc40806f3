package io.concierge.core.kernel;

/**
 * A way a capability sorts customers into segments (loyalty: by tier), for other capabilities' reports to break
 * their figures down by (the survey dashboard). Every bean implementing it is offered; the kernel never names one.
 */
public interface CustomerSegments {

    /** Short and stable: the report's key for the breakdown ({@code LOYALTY_TIER}). */
    String key();

    /** The admin message that names the breakdown ("By loyalty tier"). */
    String labelKey();

    /**
     * A SELECT of two columns, {@code CUSTOMER_ID} and {@code LABEL}, at most one row per customer, with no
     * parameters: reports join it to their own rows by customer id. It runs on every database Concierge supports.
     */
    String customersAndLabelsSql();
}
