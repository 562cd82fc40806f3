package io.concierge.core.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsRulesTest {

    @Test
    void defaultsBreakNoRule() {
        assertThat(SettingsRules.violations(new ConciergeSettingsImpl())).isEmpty();
    }

    @Test
    void everyOptionIsCheckedAtBothEndsOfItsRange() {
        ConciergeSettingsImpl settings = new ConciergeSettingsImpl();
        settings.setGuidesPerPage(ConciergeSettings.MAX_GUIDES_PER_PAGE + 1);
        settings.setMaxRecommendations(ConciergeSettings.MIN_RECOMMENDATIONS - 1);
        settings.setOrderLookupsPerMinute(ConciergeSettings.MAX_LOOKUPS_PER_MINUTE + 1);
        settings.setSurveyTokenValidityDays(ConciergeSettings.MIN_SURVEY_TOKEN_DAYS - 1);

        assertThat(SettingsRules.violations(settings))
                .containsEntry("guidesPerPage", "ConciergeSettingsImpl_guidesPerPage_range")
                .containsEntry("maxRecommendations", "ConciergeSettingsImpl_maxRecommendations_range")
                .containsEntry("orderLookupsPerMinute", "ConciergeSettingsImpl_orderLookupsPerMinute_range")
                .containsEntry("surveyTokenValidityDays", "ConciergeSettingsImpl_surveyTokenValidityDays_range");
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        ConciergeSettingsImpl settings = new ConciergeSettingsImpl();
        settings.setGuidesPerPage(ConciergeSettings.MIN_GUIDES_PER_PAGE);
        settings.setMaxRecommendations(ConciergeSettings.MAX_RECOMMENDATIONS);
        settings.setOrderLookupsPerMinute(ConciergeSettings.MIN_LOOKUPS_PER_MINUTE);
        settings.setSurveyTokenValidityDays(ConciergeSettings.MAX_SURVEY_TOKEN_DAYS);

        assertThat(SettingsRules.violations(settings)).isEmpty();
    }
}
