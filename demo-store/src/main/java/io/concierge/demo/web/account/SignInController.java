package io.concierge.demo.web.account;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.broadleafcommerce.profile.web.core.service.login.LoginService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/**
 * Sign in and registration. Spring Security processes the sign-in form itself (POST /login_post); this controller
 * shows the page and creates accounts. A guest who registers keeps the cart they filled.
 */
@Controller
public class SignInController {

    static final String FORM = "registration";

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoginService")
    protected LoginService loginService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    /** {@code locked}: the minutes a throttled sign-in must wait (see Concierge's SignInThrottledFailureHandler). */
    @RequestMapping(value = "/login", method = RequestMethod.GET)
    public String page(@RequestParam(value = "locked", required = false) String locked, Model model) {
        model.addAttribute(FORM, new RegistrationForm());
        if (locked != null && locked.matches("[1-9][0-9]{0,3}")) {
            model.addAttribute("lockedMinutes", Integer.valueOf(locked));
        }
        return "login";
    }

    /**
     * Sign-out itself is a POST (Spring Security); a GET, from a link or another site's image, only asks, and a
     * visitor who is not signed in has nothing to sign out of: the home page.
     */
    @RequestMapping(value = "/logout", method = RequestMethod.GET)
    public String signOutPage() {
        Customer customer = CustomerState.getCustomer();
        return customer != null && customer.isLoggedIn() ? "logout" : "redirect:/";
    }

    @RequestMapping(value = "/register", method = RequestMethod.POST)
    public String register(@ModelAttribute(FORM) RegistrationForm form, BindingResult errors,
                           HttpServletRequest request) throws ServiceException, PricingException {
        new RegistrationValidator(new RegistrationValidator.AccountLookup() {
            @Override
            public boolean exists(String email) {
                return customerService.readCustomerByUsername(email) != null;
            }
        }).validate(form, errors);
        if (errors.hasErrors()) {
            return "login";
        }
        Customer customer = CustomerState.getCustomer();
        if (customer == null || !customer.isAnonymous()) {
            customer = customerService.createCustomerFromId(null);
        }
        customer.setUsername(form.getEmail());
        customer.setEmailAddress(form.getEmail());
        customer.setFirstName(form.getFirstName());
        customer.setLastName(form.getLastName());
        customerService.registerCustomer(customer, form.getPassword(), form.getPasswordConfirm());
        loginService.loginCustomer(form.getEmail(), form.getPassword());
        // Signed in now: a session id known before (possibly planted by someone else) must not follow the account.
        request.changeSessionId();

        Order cart = CartState.getCart();
        if (cart != null && !(cart instanceof NullOrderImpl) && cart.getEmailAddress() == null) {
            cart.setEmailAddress(form.getEmail());
            orderService.save(cart, false);
        }
        return "redirect:/account";
    }
}
