package io.concierge.core.helpcenter.cases;

import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the care agents of one admin role may give from a case (Customer Service › Agent limits): the largest goodwill
 * coupon. An agent's limit is the largest of their roles'; without one, none.
 */
public interface AgentLimit extends Serializable {

    Long getId();

    AdminRole getRole();

    /** In the store's currency; 0 for none. */
    BigDecimal getMaxGoodwill();
}
