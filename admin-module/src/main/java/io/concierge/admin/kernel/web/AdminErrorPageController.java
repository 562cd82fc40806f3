package io.concierge.admin.kernel.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The admin's error page, in the look of Broadleaf's sign-in page (which needs no signed-in user): the integrator
 * maps every status to {@value #PATH} in the admin's web.xml. It says what kind of error it was, nothing more.
 */
@Controller
public class AdminErrorPageController {

    public static final String PATH = "/concierge-error";

    @RequestMapping(PATH)
    public String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Opened directly rather than forwarded to on an error: there is nothing here.
        int code = status instanceof Integer ? (Integer) status : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(code);
        String kind = kind(code);
        model.addAttribute("titleKey", "ConciergeError_" + kind + "_title");
        model.addAttribute("textKey", "ConciergeError_" + kind + "_text");
        return "login/concierge/error";
    }

    static String kind(int code) {
        if (code == HttpServletResponse.SC_UNAUTHORIZED || code == HttpServletResponse.SC_FORBIDDEN) {
            return "forbidden";
        }
        if (code == HttpServletResponse.SC_NOT_FOUND) {
            return "notFound";
        }
        return code >= 500 ? "server" : "other";
    }
}
