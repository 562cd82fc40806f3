package io.concierge.admin.guidance.web;

import io.concierge.core.guidance.CoPurchaseMining;
import io.concierge.core.guidance.CoPurchaseRule;
import io.concierge.core.guidance.CoPurchaseRules;
import io.concierge.core.guidance.GuidanceOptions;
import io.concierge.core.guidance.GuidanceReport;
import io.concierge.core.guidance.GuidanceTracking;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;

/**
 * The admin's "Guidance rules" page: the last mining run, and every mined rule with its support, confidence and lift;
 * the merchant marks a pair as wrong (hidden from the storefront through every later run) or shows it again, and
 * may mine all orders now; and what guidance did over the last {@value #REPORT_DAYS} days (impressions, clicks and
 * adds to cart, and the orders, revenue and order totals they led to, per block and lead reason, charted per day).
 * Whoever may read the guidance options sees it; changing takes permission to update them.
 */
@Controller("cncGuidanceRulesController")
@RequestMapping("/" + GuidanceRulesController.SECTION_KEY)
public class GuidanceRulesController extends AdminAbstractController {

    /** The section's URL (GuidanceAdminRows). */
    public static final String SECTION_KEY = "guidance-rules";

    /** The list shows this many rules, strongest first per product. */
    public static final int RULES_LISTED = 500;

    @Resource(name = "cncCoPurchaseRules")
    protected CoPurchaseRules rules;

    @Resource(name = "cncCoPurchaseMining")
    protected CoPurchaseMining mining;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Resource(name = "cncGuidanceTracking")
    protected GuidanceTracking tracking;

    /** The report covers the last this many days, today included. */
    public static final int REPORT_DAYS = 30;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String viewRules(Model model) throws ServiceException, IOException {
        check(EntityOperationType.FETCH);
        Map<Long, String> names = new HashMap<Long, String>();
        List<GuidanceRuleRow> rows = new ArrayList<GuidanceRuleRow>();
        List<CoPurchaseRule> all = rules.all();
        for (CoPurchaseRule rule : all.subList(0, Math.min(RULES_LISTED, all.size()))) {
            rows.add(new GuidanceRuleRow(rule, nameOf(rule.getProductId(), names),
                    nameOf(rule.getRecommendedProductId(), names),
                    rules.isHidden(rule.getProductId(), rule.getRecommendedProductId())));
        }
        model.addAttribute("rules", rows);
        model.addAttribute("ruleCount", all.size());
        model.addAttribute("lastRun", mining.lastRun());
        model.addAttribute("mayChange", mayDo(EntityOperationType.UPDATE));
        LocalDate today = LocalDate.now();
        GuidanceReport report = tracking.report(today.minusDays(REPORT_DAYS - 1), today);
        model.addAttribute("report", report);
        Map<String, Object> chart = new HashMap<String, Object>();
        chart.put("days", report.getDays());
        chart.put("perDay", report.getPerDay());
        chart.put("revenuePerDay", report.getRevenuePerDay());
        model.addAttribute("reportJson", new ObjectMapper().writeValueAsString(chart));
        model.addAttribute("viewType", "concierge/guidanceRules");
        setModelAttributes(model, SECTION_KEY);
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/hide", method = RequestMethod.POST)
    public String hide(@RequestParam(value = "productId", defaultValue = "") String productId,
                       @RequestParam(value = "recommendedProductId", defaultValue = "") String recommendedProductId) throws ServiceException {
        check(EntityOperationType.UPDATE);
        Long product = wholeNumber(productId);
        Long recommended = wholeNumber(recommendedProductId);
        if (product != null && recommended != null) {
            rules.hide(product, recommended, adminRemoteSecurityService.getPersistentAdminUser().getLogin());
        }
        return "redirect:/" + SECTION_KEY;
    }

    @RequestMapping(value = "/show", method = RequestMethod.POST)
    public String show(@RequestParam(value = "productId", defaultValue = "") String productId,
                       @RequestParam(value = "recommendedProductId", defaultValue = "") String recommendedProductId)
            throws ServiceException {
        check(EntityOperationType.UPDATE);
        Long product = wholeNumber(productId);
        Long recommended = wholeNumber(recommendedProductId);
        if (product != null && recommended != null) {
            rules.show(product, recommended);
        }
        return "redirect:/" + SECTION_KEY;
    }

    /** Mines all placed orders again now (unless another node is mining: then its run stands). */
    @RequestMapping(value = "/mine", method = RequestMethod.POST)
    public String mineNow() throws ServiceException {
        check(EntityOperationType.UPDATE);
        mining.mine(true);
        return "redirect:/" + SECTION_KEY;
    }

    private String nameOf(long productId, Map<Long, String> names) {
        return names.computeIfAbsent(productId, id -> {
            Product product = catalogService.findProductById(id);
            return product == null ? "#" + id : product.getName();
        });
    }

    private void check(EntityOperationType operation) throws ServiceException {
        adminRemoteSecurityService.securityCheck(GuidanceOptions.class.getName(), operation);
    }

    private boolean mayDo(EntityOperationType operation) {
        try {
            check(operation);
            return true;
        } catch (ServiceException notAllowed) {
            return false;
        }
    }

    /** A product id as the form sends it; null for anything else, which then changes nothing. */
    static Long wholeNumber(String value) {
        String text = value == null ? "" : value.trim();
        return text.matches("-?\\d{1,18}") ? Long.valueOf(text) : null;
    }
}
