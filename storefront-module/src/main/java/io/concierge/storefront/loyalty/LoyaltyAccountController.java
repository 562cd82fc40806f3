package io.concierge.storefront.loyalty;

import io.concierge.core.loyalty.LoyaltyEntryRewards;
import io.concierge.core.loyalty.LoyaltyMetric;
import io.concierge.core.loyalty.LoyaltyProgress;
import io.concierge.core.loyalty.LoyaltyRewardImpl;
import io.concierge.core.loyalty.LoyaltyRewardKind;
import io.concierge.core.loyalty.LoyaltyStandings;
import io.concierge.core.loyalty.LoyaltyTier;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.SignedInShoppers;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * The signed-in shopper's loyalty page ({@code /account/loyalty}) and its JSON ({@code /account/loyalty.json}): the
 * tier held with its perks, what is missing for the next tier, until when a tier below its keep threshold is
 * kept, and the entry rewards' coupon codes not used yet nor ended, with their last day. Anyone not signed in is
 * sent to the sign-in page; the JSON answers 401 where the host's security has not sent them there already.
 */
@Controller
@CapabilityRoutes("loyalty")
public class LoyaltyAccountController {

    static final String VIEW = "loyalty/account";

    @Resource(name = "cncLoyalty")
    protected LoyaltyStandings standings;

    @Resource(name = "cncLoyaltyEntryRewards")
    protected LoyaltyEntryRewards entryRewards;

    @RequestMapping(value = "/account/loyalty", method = RequestMethod.GET)
    public String page(Model model) {
        Customer shopper = SignedInShoppers.current();
        if (shopper == null) {
            return "redirect:/login";
        }
        ShopperLocale locale = ShopperLocale.current();
        LoyaltyProgress progress = standings.progressOf(shopper.getId());
        model.addAttribute("tierName", progress.getTier() == null ? null
                : progress.getTier().nameIn(locale.getLocale()));
        model.addAttribute("perks", progress.getTier() == null ? new ArrayList<Object>() : perks(progress.getTier()));
        model.addAttribute("nextName", progress.getNext() == null ? null
                : progress.getNext().nameIn(locale.getLocale()));
        model.addAttribute("missing", progress.getMissing() == null ? null
                : amount(progress.getMetric(), progress.getMissing(), locale));
        model.addAttribute("progressUnit", progressUnit(progress.getMetric()));
        model.addAttribute("keptUntil", progress.getKeptUntil() == null ? null
                : locale.date(progress.getKeptUntil()));
        List<Map<String, Object>> rewards = new ArrayList<Map<String, Object>>();
        for (Map<String, Object> reward : rewards(shopper.getId(), locale)) {
            BigDecimal value = (BigDecimal) reward.get("value");
            reward.put("value", LoyaltyRewardKind.AMOUNT_OFF.getType().equals(reward.get("kind"))
                    ? locale.money(new Money(value)) : value.stripTrailingZeros().toPlainString());
            rewards.add(reward);
        }
        model.addAttribute("rewards", rewards);
        return VIEW;
    }

    @RequestMapping(value = "/account/loyalty.json", method = RequestMethod.GET, produces = "application/json")
    @ResponseBody
    public Map<String, Object> json(HttpServletResponse response) {
        Customer shopper = SignedInShoppers.current();
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        if (shopper == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            body.put("error", "sign in first");
            return body;
        }
        LoyaltyProgress progress = standings.progressOf(shopper.getId());
        body.put("metric", progress.getMetric().getType());
        body.put("value", progress.getValue());
        body.put("tier", progress.getTier() == null ? null : progress.getTier().getNameEn());
        body.put("perks", progress.getTier() == null ? new ArrayList<Object>() : perks(progress.getTier()));
        body.put("nextTier", progress.getNext() == null ? null : progress.getNext().getNameEn());
        body.put("missingForNextTier", progress.getMissing());
        body.put("keptUntil", progress.getKeptUntil() == null ? null : progress.getKeptUntil().toInstant().toString());
        body.put("entryRewards", rewards(shopper.getId(), null));
        return body;
    }

    /**
     * The unused entry rewards not ended: code, kind, value, the tier entered (in the locale, or English) and the
     * last day (UTC) it is valid on (yyyy-MM-dd, or as the locale writes it), null when it runs until used.
     */
    private List<Map<String, Object>> rewards(long customerId, ShopperLocale locale) {
        Map<Long, LoyaltyTier> tiers = new HashMap<Long, LoyaltyTier>();
        for (LoyaltyTier tier : standings.tiers()) {
            tiers.put(tier.getId(), tier);
        }
        List<Map<String, Object>> rewards = new ArrayList<Map<String, Object>>();
        for (LoyaltyRewardImpl given : entryRewards.unusedOf(customerId)) {
            LoyaltyTier tier = tiers.get(given.getTierId());
            Map<String, Object> reward = new LinkedHashMap<String, Object>();
            reward.put("code", given.getCode());
            reward.put("kind", given.getKind().getType());
            reward.put("value", given.getValue());
            reward.put("tier", tier == null ? null : locale == null ? tier.getNameEn() : tier.nameIn(locale.getLocale()));
            LocalDate validThrough = given.getValidThrough();
            reward.put("validThrough", validThrough == null ? null : locale == null ? validThrough.toString()
                    : EarlyAccessWidget.day(validThrough, locale.getLocale()));
            rewards.add(reward);
        }
        return rewards;
    }

    /** The tier's perks as message keys with their argument: "discount" with the percent, and the flags. */
    static List<Map<String, Object>> perks(LoyaltyTier tier) {
        List<Map<String, Object>> perks = new ArrayList<Map<String, Object>>();
        if (tier.getDiscountPercent().signum() > 0) {
            perks.add(perk("discount", tier.getDiscountPercent().stripTrailingZeros().toPlainString()));
        }
        if (tier.isFreeShipping()) {
            perks.add(perk("freeShipping", null));
        }
        if (tier.isPrioritySupport()) {
            perks.add(perk("prioritySupport", null));
        }
        if (tier.isEarlyAccess()) {
            perks.add(perk("earlyAccess", null));
        }
        return perks;
    }

    private static Map<String, Object> perk(String name, String argument) {
        Map<String, Object> perk = new LinkedHashMap<String, Object>();
        perk.put("perk", name);
        perk.put("argument", argument);
        return perk;
    }

    /** The progress line's message is loyalty.account.progress. and this: spend, orders or points. */
    static String progressUnit(LoyaltyMetric metric) {
        return LoyaltyMetric.POINTS.equals(metric) ? "points" : LoyaltyMetric.ORDER_COUNT.equals(metric) ? "orders"
                : "spend";
    }

    private static String amount(LoyaltyMetric metric, BigDecimal missing, ShopperLocale locale) {
        return metric.isCount() ? missing.stripTrailingZeros().toPlainString()
                : locale.money(new Money(missing));
    }
}
