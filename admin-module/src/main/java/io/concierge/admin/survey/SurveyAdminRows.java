package io.concierge.admin.survey;

import io.concierge.admin.kernel.AdminRowContributor;
import io.concierge.admin.kernel.AdminRows;
import io.concierge.admin.kernel.KernelAdminRows;
import io.concierge.admin.survey.web.SurveyDashboardController;
import io.concierge.core.survey.Survey;
import io.concierge.core.survey.SurveyReason;
import io.concierge.core.survey.Surveys;
import org.springframework.stereotype.Component;

import static io.concierge.admin.kernel.AdminRows.CUSTOMER_SERVICE_ROLE;

/**
 * The post-sale surveys' admin sections under Customer Service (block -8100): the surveys, which customer service
 * writes, and their dashboard.
 */
@Component("cncSurveyAdminRows")
public class SurveyAdminRows implements AdminRowContributor {

    public static final long BLOCK = -8100;

    @Override
    public AdminRows adminRows() {
        AdminRows.Builder rows = AdminRows.inBlock(Surveys.KEY, BLOCK);
        AdminRows.EntityGroup surveys = rows.entities("CNC_SURVEY", "surveys", Survey.class, SurveyReason.class)
                .grantAll(CUSTOMER_SERVICE_ROLE);
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeSurveys", "Surveys", "/surveys", 2500)
                .ceiling(Survey.class).shownWith(surveys);
        // No ceiling entity: a page of its own, which checks the surveys' read permission itself.
        rows.section(KernelAdminRows.CUSTOMER_SERVICE_MODULE, "ConciergeSurveyDashboard", "Survey dashboard",
                "/" + SurveyDashboardController.SECTION_KEY, 2550).shownWith(surveys);
        return rows.build();
    }
}
