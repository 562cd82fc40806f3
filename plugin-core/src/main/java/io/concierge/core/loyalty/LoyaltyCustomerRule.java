package io.concierge.core.loyalty;

import io.concierge.core.kernel.CapabilitySwitchService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

/**
 * What the loyalty offers' customer rules call: Broadleaf evaluates an offer's customer rule as an MVEL expression
 * with only {@code customer} in scope, so the rule reaches the standings through this class's static method
 * ({@link #expression}). The storefront and the admin of one JVM share the database, so whichever context started
 * last answering is the same answer.
 */
@Component("cncLoyaltyCustomerRule")
public class LoyaltyCustomerRule {

    private static volatile LoyaltyCustomerRule current;

    @Resource(name = "cncLoyalty")
    protected LoyaltyStandings standings;

    @Resource(name = "cncCapabilitySwitches")
    protected CapabilitySwitchService switches;

    @PostConstruct
    public void answerOfferRules() {
        current = this;
    }

    /** The MVEL customer rule of a tier's offers. */
    public static String expression(long tierId) {
        return LoyaltyCustomerRule.class.getName() + ".holdsTier(customer, " + tierId + "L)";
    }

    /** The tier an {@link #expression} names; null for any other rule. */
    static Long tierOf(String rule) {
        String prefix = LoyaltyCustomerRule.class.getName() + ".holdsTier(customer, ";
        if (rule == null || !rule.startsWith(prefix) || !rule.endsWith("L)")) {
            return null;
        }
        try {
            return Long.valueOf(rule.substring(prefix.length(), rule.length() - 2));
        } catch (NumberFormatException notATier) {
            return null;
        }
    }

    /** Whether the customer holds the tier while loyalty is switched on (switched off, no tier has perks). */
    public static boolean holdsTier(Customer customer, long tierId) {
        LoyaltyCustomerRule rule = current;
        return rule != null && customer != null && customer.getId() != null
                && rule.switches.isOn(LoyaltyModule.KEY) && rule.standings.holds(customer.getId(), tierId);
    }
}
