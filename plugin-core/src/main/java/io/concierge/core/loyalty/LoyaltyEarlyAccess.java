package io.concierge.core.loyalty;

import io.concierge.core.kernel.CapabilitySwitchService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.annotation.Resource;

/**
 * The early access perk: a product whose Broadleaf product attribute {@value #ATTRIBUTE} holds a date
 * ({@code yyyy-MM-dd}) can be bought until the end of that day (UTC) only by shoppers whose tier has early access;
 * from the next day, by everyone. Enforced in Broadleaf's add-to-cart workflow ({@link LoyaltyEarlyAccessActivity}). While loyalty
 * is switched off no product is held back, as no tier has perks then.
 */
@Component("cncLoyaltyEarlyAccess")
public class LoyaltyEarlyAccess {

    /** The product attribute's name: the last day (UTC) of early access. */
    public static final String ATTRIBUTE = "loyalty.earlyAccessUntil";
    private static final Log LOG = LogFactory.getLog(LoyaltyEarlyAccess.class);

    @Resource(name = "cncLoyalty")
    protected LoyaltyStandings standings;

    @Resource(name = "cncCapabilitySwitches")
    protected CapabilitySwitchService switches;

    /**
     * @return the last day (UTC) of the product's early access, when {@code now} is not past it and loyalty is on;
     *         null when the product is not held back
     */
    public LocalDate heldBackThrough(Product product, Date now) {
        if (product == null || !switches.isOn(LoyaltyModule.KEY)) {
            return null;
        }
        ProductAttribute attribute = product.getProductAttributes().get(ATTRIBUTE);
        LocalDate lastDay = attribute == null ? null : lastDay(attribute.getValue());
        if (attribute != null && lastDay == null) {
            LOG.warn("Concierge: product " + product.getId() + " has " + ATTRIBUTE + "='" + attribute.getValue()
                    + "', not a date such as 2026-12-24: it is not held back for early access");
        }
        return lastDay != null && !now.toInstant().atZone(ZoneOffset.UTC).toLocalDate().isAfter(lastDay)
                ? lastDay : null;
    }

    /** The day a value such as {@code 2026-12-24} names; null for anything else. */
    static LocalDate lastDay(String value) {
        if (value == null || value.trim().isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** Whether this shopper (null or a guest: no tier) may add the product to a cart at {@code now}. */
    public boolean mayBuy(Customer shopper, Product product, Date now) {
        if (heldBackThrough(product, now) == null) {
            return true;
        }
        LoyaltyTier tier = shopper == null || shopper.getId() == null ? null : standings.tierOf(shopper.getId());
        return tier != null && tier.isEarlyAccess();
    }

    /** The tiers with early access, lowest first. */
    public List<LoyaltyTier> tiersWithEarlyAccess() {
        List<LoyaltyTier> early = new ArrayList<LoyaltyTier>();
        for (LoyaltyTier tier : standings.tiers()) {
            if (tier.isEarlyAccess()) {
                early.add(tier);
            }
        }
        return early;
    }
}
