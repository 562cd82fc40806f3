package io.concierge.storefront.helpcenter;

import io.concierge.core.kernel.ClientAddresses;
import io.concierge.storefront.kernel.CapabilityRoutes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The guest order lookup, {@code /help/orders/lookup}: order number and e-mail. Found, the browser session may see
 * that order and goes to its page; otherwise the same page answers for a wrong number and a wrong e-mail, echoing
 * neither, and past the limits ({@link GuestOrderLookup}) the page says in how many minutes to try again.
 */
@Controller
@CapabilityRoutes("helpcenter")
public class OrderLookupController {

    static final String VIEW = "helpcenter/lookup";
    static final String FORM = "lookup";

    @Resource(name = "cncGuestOrderLookup")
    protected GuestOrderLookup lookup;

    @Resource(name = "cncOrderAccess")
    protected OrderAccess access;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @RequestMapping(value = OrderPaths.LOOKUP, method = RequestMethod.GET)
    public String form(Model model) {
        model.addAttribute(FORM, new OrderLookupForm());
        return VIEW;
    }

    /** {@code redirect} is declared so that the redirect's URL carries none of the page model. */
    @RequestMapping(value = OrderPaths.LOOKUP, method = RequestMethod.POST)
    public String lookUp(@ModelAttribute(FORM) OrderLookupForm form, BindingResult errors, Model model,
                         RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        form.validate(errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        GuestOrderLookup.Outcome outcome = lookup.lookUp(form.getOrderNumber(), form.getEmail(),
                clientAddresses.of(request));
        if (outcome.order() != null) {
            access.grant(request, outcome.order());
            return "redirect:" + OrderPaths.page(outcome.order().getOrderNumber());
        }
        model.addAttribute(FORM, new OrderLookupForm());
        if (outcome.isRefused()) {
            response.setStatus(429);
            model.addAttribute("problem", "helpcenter.lookup.tooMany");
            model.addAttribute("retryMinutes", outcome.retryAfterMinutes());
        } else {
            model.addAttribute("problem", "helpcenter.lookup.notFound");
        }
        return VIEW;
    }
}
