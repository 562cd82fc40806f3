package io.concierge.core.kernel;

import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * JPA mapping of {@link ConciergeSettings}, presented as the admin section "Customer Service &gt; Settings" with
 * one tab per capability. Deliberately not second-level cached: the storefront must see an admin change on its
 * next request, and storefront and admin may be different JVMs.
 */
@Entity
@Table(name = "CNC_SETTINGS")
@AdminPresentationClass(friendlyName = "ConciergeSettingsImpl_friendly")
public class ConciergeSettingsImpl implements ConciergeSettings, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    /** Bean id of the admin-side validator that checks whole numbers against a min/max pair. */
    public static final String RANGE_VALIDATOR = "cncRangePropertyValidator";

    private static final String TAB_KB = "ConciergeSettingsImpl_tabKnowledgeBase";
    private static final String TAB_GUIDANCE = "ConciergeSettingsImpl_tabGuidance";
    private static final String TAB_HELP = "ConciergeSettingsImpl_tabHelpCenter";
    private static final String TAB_LOYALTY = "ConciergeSettingsImpl_tabLoyalty";
    private static final String TAB_SURVEYS = "ConciergeSettingsImpl_tabSurveys";

    @Id
    @GeneratedValue(generator = "ConciergeSettingsId")
    @GenericGenerator(name = "ConciergeSettingsId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ConciergeSettingsImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kernel.ConciergeSettingsImpl")})
    @Column(name = "SETTINGS_ID")
    protected Long id;

    @Column(name = "NAME", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_name", order = 1, prominent = true, gridOrder = 1,
            tabOrder = 0, requiredOverride = RequiredOverride.REQUIRED)
    protected String name = "Store";

    @Column(name = "KB_ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_kbEnabled", order = 2, prominent = true, gridOrder = 2,
            tab = TAB_KB, tabOrder = 1, fieldType = SupportedFieldType.BOOLEAN)
    protected Boolean knowledgeBaseEnabled = Boolean.TRUE;

    @Column(name = "KB_GUIDES_PER_PAGE", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_guidesPerPage", order = 3, tab = TAB_KB, tabOrder = 1,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + MIN_GUIDES_PER_PAGE),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_GUIDES_PER_PAGE),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "ConciergeSettingsImpl_guidesPerPage_range")}))
    protected Integer guidesPerPage = 12;

    @Column(name = "GUIDANCE_ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_guidanceEnabled", order = 1, prominent = true,
            gridOrder = 3, tab = TAB_GUIDANCE, tabOrder = 2, fieldType = SupportedFieldType.BOOLEAN)
    protected Boolean guidanceEnabled = Boolean.TRUE;

    @Column(name = "GUIDANCE_MAX_RECOMMENDATIONS", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_maxRecommendations", order = 2, tab = TAB_GUIDANCE,
            tabOrder = 2,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + MIN_RECOMMENDATIONS),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_RECOMMENDATIONS),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "ConciergeSettingsImpl_maxRecommendations_range")}))
    protected Integer maxRecommendations = 4;

    @Column(name = "HELP_CENTER_ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_helpCenterEnabled", order = 1, prominent = true,
            gridOrder = 4, tab = TAB_HELP, tabOrder = 3, fieldType = SupportedFieldType.BOOLEAN)
    protected Boolean helpCenterEnabled = Boolean.TRUE;

    @Column(name = "HELP_LOOKUPS_PER_MINUTE", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_orderLookupsPerMinute", order = 2, tab = TAB_HELP,
            tabOrder = 3,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + MIN_LOOKUPS_PER_MINUTE),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_LOOKUPS_PER_MINUTE),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "ConciergeSettingsImpl_orderLookupsPerMinute_range")}))
    protected Integer orderLookupsPerMinute = 10;

    @Column(name = "LOYALTY_ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_loyaltyEnabled", order = 1, prominent = true,
            gridOrder = 5, tab = TAB_LOYALTY, tabOrder = 4, fieldType = SupportedFieldType.BOOLEAN)
    protected Boolean loyaltyEnabled = Boolean.TRUE;

    @Column(name = "SURVEYS_ENABLED", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_surveysEnabled", order = 1, prominent = true,
            gridOrder = 6, tab = TAB_SURVEYS, tabOrder = 5, fieldType = SupportedFieldType.BOOLEAN)
    protected Boolean surveysEnabled = Boolean.TRUE;

    @Column(name = "SURVEY_TOKEN_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "ConciergeSettingsImpl_surveyTokenValidityDays", order = 2, tab = TAB_SURVEYS,
            tabOrder = 5,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + MIN_SURVEY_TOKEN_DAYS),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_SURVEY_TOKEN_DAYS),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "ConciergeSettingsImpl_surveyTokenValidityDays_range")}))
    protected Integer surveyTokenValidityDays = 30;

    @Override
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String getMainEntityName() {
        return name;
    }

    @Override
    public boolean isEnabled(Capability capability) {
        switch (capability) {
            case KNOWLEDGE_BASE: return knowledgeBaseEnabled;
            case GUIDANCE: return guidanceEnabled;
            case HELP_CENTER: return helpCenterEnabled;
            case LOYALTY: return loyaltyEnabled;
            case SURVEYS: return surveysEnabled;
            default: throw new IllegalArgumentException(String.valueOf(capability));
        }
    }

    @Override
    public void setEnabled(Capability capability, boolean enabled) {
        switch (capability) {
            case KNOWLEDGE_BASE: knowledgeBaseEnabled = enabled; break;
            case GUIDANCE: guidanceEnabled = enabled; break;
            case HELP_CENTER: helpCenterEnabled = enabled; break;
            case LOYALTY: loyaltyEnabled = enabled; break;
            case SURVEYS: surveysEnabled = enabled; break;
            default: throw new IllegalArgumentException(String.valueOf(capability));
        }
    }

    @Override
    public int getGuidesPerPage() {
        return guidesPerPage;
    }

    @Override
    public void setGuidesPerPage(int guidesPerPage) {
        this.guidesPerPage = guidesPerPage;
    }

    @Override
    public int getMaxRecommendations() {
        return maxRecommendations;
    }

    @Override
    public void setMaxRecommendations(int maxRecommendations) {
        this.maxRecommendations = maxRecommendations;
    }

    @Override
    public int getOrderLookupsPerMinute() {
        return orderLookupsPerMinute;
    }

    @Override
    public void setOrderLookupsPerMinute(int orderLookupsPerMinute) {
        this.orderLookupsPerMinute = orderLookupsPerMinute;
    }

    @Override
    public int getSurveyTokenValidityDays() {
        return surveyTokenValidityDays;
    }

    @Override
    public void setSurveyTokenValidityDays(int surveyTokenValidityDays) {
        this.surveyTokenValidityDays = surveyTokenValidityDays;
    }
}
