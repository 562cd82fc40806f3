package io.concierge.storefront.helpcenter.cases;

import io.concierge.core.helpcenter.cases.CaseLimits;
import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.cases.CaseOutcome;
import io.concierge.core.helpcenter.cases.CaseReason;
import io.concierge.core.helpcenter.cases.CaseService;
import io.concierge.core.helpcenter.cases.NewCase;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.core.kernel.RateLimitDecision;
import io.concierge.core.kernel.RateLimiter;
import io.concierge.storefront.helpcenter.ReasonLabels;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.SignedInShoppers;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The case form, {@code /help/contact/case}: subject, message, a reason from the merchant's list and the order, a
 * pick list of the signed-in shopper's own orders, or a guest's order number and e-mail. It files the case (its
 * number and link go out by mail) and shows the thread (signed in) or the number. Sends per client address are
 * limited ({@link CaseLimits}); a refused one answers 429 with the minutes to wait.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class CaseFormController {

    static final String FORM_VIEW = "helpcenter/case-form";
    static final String FILED_VIEW = "helpcenter/case-filed";

    @Resource(name = "cncCaseService")
    protected CaseService cases;

    @Resource(name = "cncCaseLimits")
    protected CaseLimits limits;

    @Resource(name = "cncRateLimiter")
    protected RateLimiter rateLimiter;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @Resource(name = "cncBroadleafOrders")
    protected BroadleafOrders placedOrders;

    @Resource(name = "cncReasonLabels")
    protected ReasonLabels reasonLabels;

    @RequestMapping(value = "/help/contact/case", method = RequestMethod.GET)
    public String form(Model model) {
        return form(Collections.<String, String>emptyMap(), Collections.<String, String>emptyMap(), model);
    }

    @RequestMapping(value = "/help/contact/case", method = RequestMethod.POST)
    public String file(@RequestParam Map<String, String> sent, HttpServletRequest request,
                       HttpServletResponse response, Model model) {
        RateLimitDecision allowed = rateLimiter.tryAcquire(limits.formsPerAddress(), clientAddresses.of(request));
        if (!allowed.isAllowed()) {
            response.setStatus(429);
            model.addAttribute("retryAfterMinutes", allowed.getRetryAfterMinutes());
            return form(sent, Collections.<String, String>emptyMap(), model);
        }
        Customer shopper = SignedInShoppers.current();
        NewCase caseRequest = shopper != null ? NewCase.bySignedInCustomer(shopper.getId()).forOrder(number(sent.get("orderId")))
                : NewCase.byGuest(sent.get("name"), sent.get("email")).forGuestOrder(sent.get("orderNumber"), sent.get("orderEmail"));
        CaseOutcome outcome = cases.file(caseRequest.about(sent.get("subject"), sent.get("message"), number(sent.get("reason")))
                .inLocale(ShopperLocale.current().getLocale().toString()));
        if (!outcome.isDone()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return form(sent, outcome.fieldErrors(), model);
        }
        if (shopper != null) {
            return "redirect:" + CasePaths.account(outcome.supportCase().getNumber());
        }
        model.addAttribute("caseNumber", outcome.supportCase().getNumber());
        model.addAttribute("email", outcome.supportCase().getEmail());
        return FILED_VIEW;
    }

    private String form(Map<String, String> sent, Map<String, String> problems, Model model) {
        Customer shopper = SignedInShoppers.current();
        List<CaseReason> reasons = cases.reasons();
        model.addAttribute("reasons", reasonLabels.labelled(reasons, "helpcenter.caseReason."));
        model.addAttribute("signedIn", shopper != null);
        model.addAttribute("orders", shopper == null ? Collections.<Map<String, String>>emptyList() : ordersOf(shopper));
        model.addAttribute("sent", sent);
        model.addAttribute("problems", problems);
        return FORM_VIEW;
    }

    /** The shopper's placed orders, newest first: number and id for the pick list. */
    private List<Map<String, String>> ordersOf(Customer shopper) {
        List<Map<String, String>> orders = new ArrayList<Map<String, String>>();
        for (Order order : placedOrders.placedBy(shopper)) {
            Map<String, String> choice = new LinkedHashMap<String, String>();
            choice.put("id", String.valueOf(order.getId()));
            choice.put("number", order.getOrderNumber());
            orders.add(choice);
        }
        return orders;
    }

    private static Long number(String text) {
        try {
            return text == null || text.trim().isEmpty() ? null : Long.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
