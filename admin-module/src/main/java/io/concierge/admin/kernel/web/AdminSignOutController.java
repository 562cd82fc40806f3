package io.concierge.admin.kernel.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Broadleaf's admin header links to its sign-out URL, so a GET cannot be refused without editing Broadleaf's
 * templates; with the POST-only logout filter in front, that GET lands here and asks for a click on a POST form
 * (with the CSRF token), which another site cannot make.
 */
@Controller
public class AdminSignOutController {

    public static final String PATH = "/adminLogout.htm";

    @RequestMapping(value = PATH, method = RequestMethod.GET)
    public String confirm() {
        return "login/concierge/signOut";
    }
}
