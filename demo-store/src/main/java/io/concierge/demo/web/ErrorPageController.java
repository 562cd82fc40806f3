package io.concierge.demo.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** The pages the container forwards to on errors (see web.xml): friendly text, no technical detail. */
@Controller
public class ErrorPageController {

    @RequestMapping("/error/400")
    public String badRequest(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "error/400";
    }

    /** A form came back without a valid CSRF token: usually an expired session. */
    @RequestMapping("/error/403")
    public String forbidden(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    @RequestMapping("/error/404")
    public String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @RequestMapping("/error/500")
    public String serverError(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        return "error/500";
    }

    /** Every other status keeps its code and gets a general page; opened directly, this address does not exist. */
    @RequestMapping("/error")
    public String otherError(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer ? (Integer) status : HttpServletResponse.SC_NOT_FOUND;
        response.setStatus(code);
        return code >= 500 ? "error/500" : "error/other";
    }
}
