package io.concierge.core.survey;

import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.AddMethodType;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** JPA mapping of {@link Survey}, edited in the Broadleaf admin. */
@Entity
@Table(name = "CNC_SURVEY")
@AdminPresentationClass(friendlyName = "SurveyImpl_friendly")
public class SurveyImpl implements Survey, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    private static final String DAYS_PATTERN = "^[0-9]{1,3}$";
    private static final String DAYS_MESSAGE = "SurveyImpl_days_error";
    private static final String REGEX_VALIDATOR = "blRegexPropertyValidator";

    @Id
    @GeneratedValue(generator = "SurveyId")
    @GenericGenerator(name = "SurveyId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "SurveyImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.survey.SurveyImpl")})
    @Column(name = "SURVEY_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "SurveyImpl_name", order = 1000, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String name;

    @Column(name = "KIND", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "SurveyImpl_kind", order = 2000, prominent = true, gridOrder = 2,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.survey.SurveyKind", requiredOverride = RequiredOverride.REQUIRED)
    protected String kind = SurveyKind.NPS.getType();

    @Column(name = "TRIGGER_EVENT", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "SurveyImpl_trigger", order = 3000, prominent = true, gridOrder = 3,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.survey.SurveyTrigger",
            requiredOverride = RequiredOverride.REQUIRED)
    protected String trigger = SurveyTrigger.AFTER_DELIVERY.getType();

    @Column(name = "TRIGGER_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "SurveyImpl_triggerDays", order = 4000, prominent = true, gridOrder = 4,
            helpText = "SurveyImpl_triggerDays_help", validationConfigurations = @ValidationConfiguration(
                    validationImplementation = REGEX_VALIDATOR, configurationItems = {
                    @ConfigurationItem(itemName = "regularExpression", itemValue = DAYS_PATTERN),
                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE, itemValue = DAYS_MESSAGE)}))
    protected int triggerDays = 5;

    @Column(name = "THROTTLE_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "SurveyImpl_throttleDays", order = 5000,
            helpText = "SurveyImpl_throttleDays_help", validationConfigurations = @ValidationConfiguration(
                    validationImplementation = REGEX_VALIDATOR, configurationItems = {
                    @ConfigurationItem(itemName = "regularExpression", itemValue = DAYS_PATTERN),
                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE, itemValue = DAYS_MESSAGE)}))
    protected int throttleDays = 90;

    @Column(name = "REMINDER_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "SurveyImpl_reminderDays", order = 6000,
            helpText = "SurveyImpl_reminderDays_help", validationConfigurations = @ValidationConfiguration(
                    validationImplementation = REGEX_VALIDATOR, configurationItems = {
                    @ConfigurationItem(itemName = "regularExpression", itemValue = DAYS_PATTERN),
                    @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE, itemValue = DAYS_MESSAGE)}))
    protected int reminderDays = 3;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "SurveyImpl_active", order = 7000, prominent = true, gridOrder = 5)
    protected boolean active = true;

    @Column(name = "ACTIVE_FROM")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "SurveyImpl_activeFrom", order = 8000)
    protected Date activeFrom;

    @Column(name = "ACTIVE_TO")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "SurveyImpl_activeTo", order = 9000)
    protected Date activeTo;

    /** The survey's own reasons, asked of detractors in the order's language. */
    @OneToMany(mappedBy = "survey", targetEntity = SurveyReasonImpl.class, cascade = CascadeType.ALL,
            orphanRemoval = true)
    @OrderBy("displayOrder")
    @AdminPresentationCollection(friendlyName = "SurveyImpl_reasons", order = 10000,
            addType = AddMethodType.PERSIST)
    protected List<SurveyReasonImpl> reasons = new ArrayList<SurveyReasonImpl>();

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getMainEntityName() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public SurveyKind getKind() {
        return SurveyKind.getInstance(kind);
    }

    public void setKind(SurveyKind kind) {
        this.kind = kind.getType();
    }

    @Override
    public SurveyTrigger getTrigger() {
        return SurveyTrigger.getInstance(trigger);
    }

    public void setTrigger(SurveyTrigger trigger) {
        this.trigger = trigger.getType();
    }

    @Override
    public int getTriggerDays() {
        return triggerDays;
    }

    public void setTriggerDays(int triggerDays) {
        this.triggerDays = triggerDays;
    }

    @Override
    public int getThrottleDays() {
        return throttleDays;
    }

    public void setThrottleDays(int throttleDays) {
        this.throttleDays = throttleDays;
    }

    @Override
    public int getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(int reminderDays) {
        this.reminderDays = reminderDays;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public Date getActiveFrom() {
        return activeFrom;
    }

    public void setActiveFrom(Date activeFrom) {
        this.activeFrom = activeFrom;
    }

    @Override
    public Date getActiveTo() {
        return activeTo;
    }

    public void setActiveTo(Date activeTo) {
        this.activeTo = activeTo;
    }

    /** Every reason, offered or retired, in their order. */
    public List<SurveyReasonImpl> getReasons() {
        return reasons;
    }

    /** The reasons a detractor may tick now, in their order. */
    public List<SurveyReasonImpl> activeReasons() {
        List<SurveyReasonImpl> offered = new ArrayList<SurveyReasonImpl>();
        for (SurveyReasonImpl reason : reasons) {
            if (reason.isActive()) {
                offered.add(reason);
            }
        }
        return offered;
    }
}
