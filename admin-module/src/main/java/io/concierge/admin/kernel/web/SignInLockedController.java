package io.concierge.admin.kernel.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's sign-in page after a throttled sign-in ({@code /login?locked=<minutes>}, where Concierge's
 * SignInThrottledFailureHandler sends it): Broadleaf's own form under a message saying when to try again. More
 * specific than Broadleaf's {@code /login}, so it answers only when {@code locked} is present.
 */
@Controller
public class SignInLockedController {

    static final String VIEW = "login/conciergeSignInLocked";

    @RequestMapping(value = "/login", method = RequestMethod.GET, params = "locked")
    public String locked(@RequestParam("locked") String locked, Model model) {
        model.addAttribute("lockedMinutes", locked.matches("[1-9][0-9]{0,3}") ? Integer.valueOf(locked) : 1);
        return VIEW;
    }
}
