package io.concierge.storefront.helpcenter.cases;

import io.concierge.core.helpcenter.cases.CaseLinks;
import io.concierge.core.helpcenter.cases.CaseOutcome;
import io.concierge.core.helpcenter.cases.CaseService;
import io.concierge.core.helpcenter.cases.SupportCase;
import io.concierge.storefront.kernel.CapabilityRoutes;
import io.concierge.storefront.kernel.PageNotFoundException;
import io.concierge.storefront.kernel.SignedInShoppers;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Collections;
import java.util.Date;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * A shopper follows their cases and answers: signed in at {@code /account/cases} (their own cases only), or through
 * the link mailed with the case, {@code /help/cases/{number}?t=…} (that case only, until its links are revoked).
 * Anyone else, and any other case, gets the store's 404. Internal notes are never shown.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class CasePagesController {

    static final String LIST_VIEW = "helpcenter/cases";
    static final String CASE_VIEW = "helpcenter/case";

    @Resource(name = "cncCaseService")
    protected CaseService cases;

    @Resource(name = "cncCaseLinks")
    protected CaseLinks links;

    @RequestMapping(value = CasePaths.ACCOUNT_CASES, method = RequestMethod.GET)
    public String list(Model model) {
        Customer shopper = SignedInShoppers.current();
        if (shopper == null) {
            return "redirect:/login";
        }
        model.addAttribute("cases", cases.casesOf(shopper.getId()));
        return LIST_VIEW;
    }

    @RequestMapping(value = CasePaths.ACCOUNT_CASES + "/{number}", method = RequestMethod.GET)
    public String ownCase(@PathVariable("number") String number, Model model) {
        return casePage(own(number), null, Collections.<String, String>emptyMap(), model);
    }

    @RequestMapping(value = CasePaths.ACCOUNT_CASES + "/{number}", method = RequestMethod.POST)
    public String answerOwn(@PathVariable("number") String number, @RequestParam(value = "body", defaultValue = "") String body,
                            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SupportCase supportCase = own(number);
        return answered(supportCase, null, body, CasePaths.account(number), response, model, redirect);
    }

    @RequestMapping(value = CaseLinks.PATH + "{number}", method = RequestMethod.GET)
    public String linkedCase(@PathVariable("number") String number, @RequestParam(value = "t", defaultValue = "") String token,
                             Model model) {
        return casePage(linked(number, token), token, Collections.<String, String>emptyMap(), model);
    }

    @RequestMapping(value = CaseLinks.PATH + "{number}", method = RequestMethod.POST)
    public String answerLinked(@PathVariable("number") String number, @RequestParam(value = "t", defaultValue = "") String token,
                               @RequestParam(value = "body", defaultValue = "") String body,
                               HttpServletResponse response, Model model, RedirectAttributes redirect) {
        SupportCase supportCase = linked(number, token);
        return answered(supportCase, token, body, CasePaths.linked(number, token), response, model, redirect);
    }

    private String answered(SupportCase supportCase, String token, String body, String back,
                            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        CaseOutcome outcome = cases.replyAsCustomer(supportCase.getId(), body);
        if (!outcome.isDone()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return casePage(supportCase, token, outcome.fieldErrors(), model);
        }
        redirect.addFlashAttribute("sent", true);
        return "redirect:" + back;
    }

    private String casePage(SupportCase supportCase, String token, Map<String, String> problems, Model model) {
        model.addAttribute("supportCase", supportCase);
        model.addAttribute("thread", cases.thread(supportCase.getId(), false));
        model.addAttribute("action", token == null ? CasePaths.account(supportCase.getNumber())
                : CasePaths.linked(supportCase.getNumber(), token));
        model.addAttribute("problems", problems);
        return CASE_VIEW;
    }

    private SupportCase own(String number) {
        Customer shopper = SignedInShoppers.current();
        SupportCase supportCase = cases.find(number);
        if (shopper == null || supportCase == null || !shopper.getId().equals(supportCase.getCustomerId())) {
            throw new PageNotFoundException();
        }
        return supportCase;
    }

    private SupportCase linked(String number, String token) {
        SupportCase supportCase = cases.find(number);
        if (!links.opens(supportCase, token, new Date())) {
            throw new PageNotFoundException();
        }
        return supportCase;
    }
}
