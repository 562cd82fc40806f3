package io.concierge.storefront.loyalty;

import io.concierge.core.loyalty.LoyaltyEarlyAccess;
import io.concierge.core.loyalty.LoyaltyEarlyAccessRefused;
import io.concierge.core.loyalty.LoyaltyModule;
import io.concierge.core.loyalty.LoyaltyTier;
import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.Widget;
import io.concierge.storefront.kernel.WidgetArguments;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.context.MessageSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The product page's early access note ({@code loyalty.earlyAccess}, argument {@code productId}): while the product
 * is held back for early access, {@code tiers} (the tiers that have it, in the shopper's language) and
 * {@code lastDay} (its last day, written in the shopper's language); an empty map otherwise. It also words the
 * cart's refusal of such a product ({@link #refusalArguments}).
 */
public class EarlyAccessWidget implements Widget {

    public static final String NAME = "loyalty.earlyAccess";

    @Resource(name = "cncLoyaltyEarlyAccess")
    protected LoyaltyEarlyAccess earlyAccess;

    @Resource(name = "blCatalogService")
    protected CatalogService catalog;

    @Resource(name = "messageSource")
    protected MessageSource messages;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String capability() {
        return LoyaltyModule.KEY;
    }

    @Override
    public Map<String, String> content(WidgetArguments arguments) {
        Long productId = arguments.wholeNumber("productId");
        LocalDate lastDay = productId == null ? null
                : earlyAccess.heldBackThrough(catalog.findProductById(productId), new Date());
        if (lastDay == null) {
            return nothing();
        }
        Locale locale = ShopperLocale.current().getLocale();
        Map<String, String> note = new LinkedHashMap<String, String>();
        note.put("tiers", tierNames(earlyAccess.tiersWithEarlyAccess(), locale));
        note.put("lastDay", day(lastDay, locale));
        return note;
    }

    @Override
    public Map<String, String> nothing() {
        return Collections.emptyMap();
    }

    /** The refusal message's arguments ({@code loyalty.earlyAccess.refused}): the tiers and the last day. */
    public List<String> refusalArguments(LoyaltyEarlyAccessRefused refused) {
        Locale locale = ShopperLocale.current().getLocale();
        return Arrays.asList(tierNames(earlyAccess.tiersWithEarlyAccess(), locale), day(refused.getLastDay(), locale));
    }

    /** "Expedition", or "Summit or Expedition". */
    String tierNames(List<LoyaltyTier> tiers, Locale locale) {
        StringBuilder names = new StringBuilder();
        for (LoyaltyTier tier : tiers) {
            if (names.length() > 0) {
                names.append(messages.getMessage("loyalty.earlyAccess.or", null, " or ", locale));
            }
            names.append(tier.nameIn(locale));
        }
        return names.toString();
    }

    /** The day as the shopper's language writes it ("December 24, 2026"), whatever the server's time zone. */
    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }
}
