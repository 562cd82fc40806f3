package io.concierge.core.survey;

import io.concierge.core.helpcenter.cases.CaseReason;
import io.concierge.core.helpcenter.cases.CaseReasonImpl;
import io.concierge.core.kernel.Language;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

/**
 * One of a survey's own reasons (CNC_SURVEY_REASON), what a detractor ticks on the follow-up: a label per language
 * (English, the store's default, required; Portuguese and Spanish fall back to it), its place in the list, whether
 * it is offered, and optionally the help center's case reason that classifies the case a detractor's answer opens,
 * so that the reason counts in the help center's reports. Edited on the survey in the Broadleaf admin.
 */
@Entity
@Table(name = "CNC_SURVEY_REASON")
@AdminPresentationClass(friendlyName = "SurveyReasonImpl_friendly")
public class SurveyReasonImpl implements SurveyReason {

    private static final long serialVersionUID = 1L;

    public static final int LABEL_MAX_LENGTH = 100;

    @Id
    @GeneratedValue(generator = "SurveyReasonId")
    @GenericGenerator(name = "SurveyReasonId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "SurveyReasonImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.survey.SurveyReasonImpl")})
    @Column(name = "REASON_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @ManyToOne(targetEntity = SurveyImpl.class, optional = false)
    @JoinColumn(name = "SURVEY_ID", nullable = false)
    @Index(name = "CNC_SURVEY_REASON_SURVEY", columnNames = {"SURVEY_ID"})
    @AdminPresentation(excluded = true, visibility = VisibilityEnum.HIDDEN_ALL)
    protected SurveyImpl survey;

    @Column(name = "LABEL_EN", nullable = false, length = LABEL_MAX_LENGTH)
    @AdminPresentation(friendlyName = "SurveyReasonImpl_labelEn", order = 1000, prominent = true, gridOrder = 2,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String labelEn;

    @Column(name = "LABEL_PT_BR", length = LABEL_MAX_LENGTH)
    @AdminPresentation(friendlyName = "SurveyReasonImpl_labelPtBr", order = 1100, prominent = true, gridOrder = 3,
            helpText = "SurveyReasonImpl_label_help")
    protected String labelPtBr;

    @Column(name = "LABEL_ES", length = LABEL_MAX_LENGTH)
    @AdminPresentation(friendlyName = "SurveyReasonImpl_labelEs", order = 1200, prominent = true, gridOrder = 4,
            helpText = "SurveyReasonImpl_label_help")
    protected String labelEs;

    @Column(name = "DISPLAY_ORDER", nullable = false)
    @AdminPresentation(friendlyName = "SurveyReasonImpl_displayOrder", order = 2000, prominent = true, gridOrder = 1)
    protected int displayOrder;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "SurveyReasonImpl_active", order = 3000, prominent = true, gridOrder = 5)
    protected boolean active = true;

    @ManyToOne(targetEntity = CaseReasonImpl.class)
    @JoinColumn(name = "CASE_REASON_ID")
    @AdminPresentation(friendlyName = "SurveyReasonImpl_caseReason", order = 4000,
            helpText = "SurveyReasonImpl_caseReason_help")
    @AdminPresentationToOneLookup(lookupDisplayProperty = "label")
    protected CaseReason caseReason;

    public SurveyReasonImpl() {
    }

    /** A reason of {@code survey}, offered, with its English label. */
    public static SurveyReasonImpl of(SurveyImpl survey, String labelEn, int displayOrder) {
        SurveyReasonImpl reason = new SurveyReasonImpl();
        reason.survey = survey;
        reason.labelEn = labelEn;
        reason.displayOrder = displayOrder;
        return reason;
    }

    @Override
    public Long getId() {
        return id;
    }

    public SurveyImpl getSurvey() {
        return survey;
    }

    @Override
    public String labelIn(Language language) {
        String label = language == Language.PORTUGUESE ? labelPtBr : language == Language.SPANISH ? labelEs : null;
        return label == null || label.trim().isEmpty() ? labelEn : label;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLabelPtBr() {
        return labelPtBr;
    }

    public void setLabelPtBr(String labelPtBr) {
        this.labelPtBr = labelPtBr;
    }

    public String getLabelEs() {
        return labelEs;
    }

    public void setLabelEs(String labelEs) {
        this.labelEs = labelEs;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public CaseReason getCaseReason() {
        return caseReason;
    }

    public void setCaseReason(CaseReason caseReason) {
        this.caseReason = caseReason;
    }
}
