package io.concierge.core.kernel;

import java.io.Serializable;

/**
 * The merchant's switches and options for Concierge. One record per store; the storefront reads it on every
 * request, so a change saved in the admin applies at once.
 */
public interface ConciergeSettings extends Serializable {

    int MIN_GUIDES_PER_PAGE = 1;
    int MAX_GUIDES_PER_PAGE = 100;
    int MIN_RECOMMENDATIONS = 1;
    int MAX_RECOMMENDATIONS = 12;
    int MIN_LOOKUPS_PER_MINUTE = 1;
    int MAX_LOOKUPS_PER_MINUTE = 600;
    int MIN_SURVEY_TOKEN_DAYS = 1;
    int MAX_SURVEY_TOKEN_DAYS = 90;

    Long getId();

    boolean isEnabled(Capability capability);

    void setEnabled(Capability capability, boolean enabled);

    /** Knowledge base: how many guides a listing page shows. */
    int getGuidesPerPage();

    void setGuidesPerPage(int guidesPerPage);

    /** Guidance: the most recommendations shown in one widget. */
    int getMaxRecommendations();

    void setMaxRecommendations(int maxRecommendations);

    /** Help center: guest order look-ups allowed per client address and minute. */
    int getOrderLookupsPerMinute();

    void setOrderLookupsPerMinute(int orderLookupsPerMinute);

    /** Surveys: how long a survey invitation link stays valid. */
    int getSurveyTokenValidityDays();

    void setSurveyTokenValidityDays(int surveyTokenValidityDays);
}
