package io.concierge.core.helpcenter.cases;

import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the care agents of one admin role may do from a case (Customer Service › Agent limits): the largest goodwill
 * coupon, the largest refund in part, and whether they may change the address or cancel past the shopper's deadline. An agent has the most any of their roles allows;
 * without a limit, none of it.
 */
public interface AgentLimit extends Serializable {

    Long getId();

    AdminRole getRole();

    /** In the store's currency; 0 for none. */
    BigDecimal getMaxGoodwill();

    /** The largest refund in part of an order's payment, in the store's currency; 0 for none. */
    BigDecimal getMaxRefund();

    /** Whether the role may change or cancel an order past the shopper's deadline (before it ships). */
    boolean isPastDeadline();
}
