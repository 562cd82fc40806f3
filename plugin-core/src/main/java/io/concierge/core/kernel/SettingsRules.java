package io.concierge.core.kernel;

import java.util.LinkedHashMap;
import java.util.Map;

/** The limits a merchant's options must respect; plain Java so that it is tested without Spring. */
public final class SettingsRules {

    private SettingsRules() {
    }

    /** Field name to message key for every option out of its range; empty when all is well. */
    public static Map<String, String> violations(ConciergeSettings settings) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        check(errors, "guidesPerPage", settings.getGuidesPerPage(),
                ConciergeSettings.MIN_GUIDES_PER_PAGE, ConciergeSettings.MAX_GUIDES_PER_PAGE);
        check(errors, "maxRecommendations", settings.getMaxRecommendations(),
                ConciergeSettings.MIN_RECOMMENDATIONS, ConciergeSettings.MAX_RECOMMENDATIONS);
        check(errors, "orderLookupsPerMinute", settings.getOrderLookupsPerMinute(),
                ConciergeSettings.MIN_LOOKUPS_PER_MINUTE, ConciergeSettings.MAX_LOOKUPS_PER_MINUTE);
        check(errors, "surveyTokenValidityDays", settings.getSurveyTokenValidityDays(),
                ConciergeSettings.MIN_SURVEY_TOKEN_DAYS, ConciergeSettings.MAX_SURVEY_TOKEN_DAYS);
        return errors;
    }

    private static void check(Map<String, String> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.put(field, "ConciergeSettingsImpl_" + field + "_range");
        }
    }
}
