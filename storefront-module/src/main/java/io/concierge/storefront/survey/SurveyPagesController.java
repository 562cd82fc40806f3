package io.concierge.storefront.survey;

import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.kernel.ClientAddresses;
import io.concierge.core.kernel.RateLimitDecision;
import io.concierge.core.kernel.RateLimiter;
import io.concierge.core.survey.AnswerPage;
import io.concierge.core.survey.ScoreGroup;
import io.concierge.core.survey.SurveyAnswers;
import io.concierge.core.survey.SurveyLimits;
import io.concierge.core.survey.SurveyLinks;
import io.concierge.core.survey.Surveys;
import io.concierge.storefront.kernel.CapabilityRoutes;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The pages a survey mail's links open. {@code /survey/{token}}: the clicked score is recorded at once, then the
 * follow-up by score (detractors: the survey's reasons, in the order's language, and what went wrong; passives: what would make it a 10; promoters: the
 * products bought, to review), sent back to the same address and editable while the link is valid.
 * {@code /survey/unsubscribe/{token}}: a page with one button that stops the surveys (a POST, so that a mail
 * scanner fetching the link does not unsubscribe anyone). A forged, expired or off-scale link gets a friendly page
 * (404) and records nothing; every page counts against the client address's limit ({@link SurveyLimits}).
 */
@Controller
@CapabilityRoutes(Surveys.KEY)
public class SurveyPagesController {

    static final String ANSWER_VIEW = "survey/answer";
    static final String CLOSED_VIEW = "survey/closed";
    static final String UNSUBSCRIBE_VIEW = "survey/unsubscribe";
    static final String BUSY_VIEW = "survey/busy";

    @Resource(name = "cncSurveyAnswers")
    protected SurveyAnswers answers;

    @Resource(name = "cncSurveyLimits")
    protected SurveyLimits limits;

    @Resource(name = "cncRateLimiter")
    protected RateLimiter rateLimiter;

    @Resource(name = "cncClientAddresses")
    protected ClientAddresses clientAddresses;

    @Resource(name = "cncBroadleafOrders")
    protected BroadleafOrders orders;

    @RequestMapping(value = "/survey/{token:.+}", method = RequestMethod.GET)
    public String clicked(@PathVariable("token") String token, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        if (tooMany(request, response, model)) {
            return BUSY_VIEW;
        }
        AnswerPage page = answers.click(token, new Date());
        return answerPage(page, token, Collections.<String, String>emptyMap(), response, model);
    }

    @RequestMapping(value = "/survey/{token:.+}", method = RequestMethod.POST)
    public String followUp(@PathVariable("token") String token,
                           @RequestParam(value = "reason", required = false) String[] reasons,
                           @RequestParam(value = "comment", defaultValue = "") String comment,
                           HttpServletRequest request, HttpServletResponse response, Model model,
                           RedirectAttributes redirect) {
        if (tooMany(request, response, model)) {
            return BUSY_VIEW;
        }
        List<Long> reasonIds = new ArrayList<Long>();
        for (String reason : reasons == null ? new String[0] : reasons) {
            // Not a number: no reason at all, which the answers refuse like an unknown one.
            reasonIds.add(reason.matches("-?[0-9]{1,18}") ? Long.valueOf(reason) : null);
        }
        Date now = new Date();
        Map<String, String> problems = answers.followUp(token, reasonIds, comment, now);
        if (problems == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return CLOSED_VIEW;
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("sentComment", comment);
            return answerPage(answers.open(token, now), token, problems, response, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/survey/" + token;
    }

    @RequestMapping(value = SurveyLinks.UNSUBSCRIBE_PATH + "{token:.+}", method = RequestMethod.GET)
    public String unsubscribePage(@PathVariable("token") String token, Model model) {
        model.addAttribute("action", SurveyLinks.UNSUBSCRIBE_PATH + token);
        return UNSUBSCRIBE_VIEW;
    }

    @RequestMapping(value = SurveyLinks.UNSUBSCRIBE_PATH + "{token:.+}", method = RequestMethod.POST)
    public String unsubscribe(@PathVariable("token") String token, HttpServletRequest request,
                              HttpServletResponse response, Model model) {
        if (tooMany(request, response, model)) {
            return BUSY_VIEW;
        }
        if (!answers.unsubscribe(token, clientAddresses.of(request), new Date())) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return CLOSED_VIEW;
        }
        model.addAttribute("unsubscribed", true);
        return UNSUBSCRIBE_VIEW;
    }

    private String answerPage(AnswerPage page, String token, Map<String, String> problems,
                              HttpServletResponse response, Model model) {
        if (!page.isOpen()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return CLOSED_VIEW;
        }
        model.addAttribute("page", page);
        model.addAttribute("action", "/survey/" + token);
        model.addAttribute("problems", problems);
        model.addAttribute("lastScore", page.getSurvey().getKind().scores()
                .get(page.getSurvey().getKind().scores().size() - 1));
        if (page.getAnswer().getScoreGroup() == ScoreGroup.DETRACTOR) {
            model.addAttribute("reasons", page.getReasons());
            model.addAttribute("chosen", new ArrayList<Long>(page.getAnswer().getReasonIds()));
        } else if (page.getAnswer().getScoreGroup() == ScoreGroup.PROMOTER) {
            Order order = orders.find(page.getAnswer().getOrderId());
            model.addAttribute("products", order == null ? Collections.<Product>emptyList()
                    : BroadleafOrders.productsOf(order));
        }
        return ANSWER_VIEW;
    }

    private boolean tooMany(HttpServletRequest request, HttpServletResponse response, Model model) {
        RateLimitDecision allowed = rateLimiter.tryAcquire(limits.pagesPerAddress(), clientAddresses.of(request));
        if (allowed.isAllowed()) {
            return false;
        }
        response.setStatus(429);
        model.addAttribute("retryAfterMinutes", allowed.getRetryAfterMinutes());
        return true;
    }
}
