package io.concierge.admin.survey.web;

import io.concierge.core.survey.Survey;
import io.concierge.core.survey.SurveyDashboard;
import io.concierge.core.survey.SurveyFigures;
import io.concierge.core.survey.SurveyImpl;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.server.security.remote.EntityOperationType;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.codehaus.jackson.map.ObjectMapper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

/**
 * Customer Service › Survey dashboard: one survey over a period (the last 12 weeks unless chosen): its index, the
 * response rate, the weekly trend and the detractors' reasons as charts, the breakdowns as tables, and the answers as
 * CSV. Reading it takes the permission to read surveys.
 */
@Controller("cncSurveyDashboardController")
@RequestMapping("/" + SurveyDashboardController.SECTION_KEY)
public class SurveyDashboardController extends AdminAbstractController {

    /** The section's URL (SurveyAdminRows). */
    public static final String SECTION_KEY = "survey-dashboard";

    static final int DEFAULT_WEEKS = 12;

    private static final String SURVEY_ENTITY = Survey.class.getName();

    @Resource(name = "cncSurveyDashboard")
    protected SurveyDashboard dashboard;

    @RequestMapping(value = "", method = RequestMethod.GET)
    public String view(@RequestParam(value = "survey", required = false) Long surveyId,
                       @RequestParam(value = "from", required = false) String from,
                       @RequestParam(value = "to", required = false) String to, Model model)
            throws ServiceException, IOException {
        adminRemoteSecurityService.securityCheck(SURVEY_ENTITY, EntityOperationType.FETCH);
        List<SurveyImpl> surveys = dashboard.surveys();
        model.addAttribute("surveys", surveys);
        model.addAttribute("viewType", "concierge/surveyDashboard");
        setModelAttributes(model, SECTION_KEY);
        if (surveys.isEmpty()) {
            return "modules/defaultContainer";
        }
        SurveyDashboard.Period period = period(surveyId == null ? surveys.get(0).getId() : surveyId, from, to, model);
        SurveyFigures figures = period == null ? null : dashboard.figures(period);
        if (figures == null) {
            model.addAttribute("problem", period == null ? "Survey_dashboardBadDate" : "Survey_dashboardNoSurvey");
            return "modules/defaultContainer";
        }
        model.addAttribute("figures", figures);
        model.addAttribute("chartJson", new ObjectMapper().writeValueAsString(chart(figures)));
        return "modules/defaultContainer";
    }

    @RequestMapping(value = "/answers.csv", method = RequestMethod.GET)
    public void answers(@RequestParam("survey") long surveyId,
                        @RequestParam(value = "from", required = false) String from,
                        @RequestParam(value = "to", required = false) String to, HttpServletResponse response)
            throws ServiceException, IOException {
        adminRemoteSecurityService.securityCheck(SURVEY_ENTITY, EntityOperationType.FETCH);
        SurveyDashboard.Period period = period(surveyId, from, to, null);
        if (period == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + surveyId + "-answers.csv\"");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer out = response.getWriter();
        dashboard.answersAsCsv(period, out);
        out.flush();
    }

    /** @return the period asked for (the last 12 weeks by default), or null for a date that is not yyyy-mm-dd */
    private SurveyDashboard.Period period(long surveyId, String from, String to, Model model) {
        SurveyDashboard.Period lastWeeks = SurveyDashboard.Period.lastWeeks(surveyId, DEFAULT_WEEKS, new Date(),
                dashboard.zone());
        try {
            LocalDate first = blank(from) ? lastWeeks.getFrom() : LocalDate.parse(from.trim());
            LocalDate last = blank(to) ? lastWeeks.getTo() : LocalDate.parse(to.trim());
            if (model != null) {
                model.addAttribute("chosenSurvey", surveyId);
                model.addAttribute("from", first.toString());
                model.addAttribute("to", last.toString());
            }
            return new SurveyDashboard.Period(surveyId, first, last);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.trim().isEmpty();
    }

    /** What the charts draw. */
    private static Map<String, Object> chart(SurveyFigures figures) {
        Map<String, Object> chart = new LinkedHashMap<String, Object>();
        chart.put("weeks", figures.getWeeks());
        chart.put("indexByWeek", figures.getIndexByWeek());
        chart.put("answersByWeek", figures.getByWeek().stream().map(week -> week.getAnswers()).toArray());
        chart.put("reasons", figures.getReasons().stream().map(SurveyFigures.ReasonCount::getLabel).toArray());
        chart.put("reasonAnswers", figures.getReasons().stream().map(SurveyFigures.ReasonCount::getAnswers).toArray());
        return chart;
    }
}
