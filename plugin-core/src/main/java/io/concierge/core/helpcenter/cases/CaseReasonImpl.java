package io.concierge.core.helpcenter.cases;

import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * JPA mapping of {@link CaseReason}, edited in the Broadleaf admin. The reason lists' columns are declared on each entity:
 * Broadleaf 3.1's admin saves only fields declared on the entity class (those of a {@code @MappedSuperclass} are
 * shown in its form but not written, so the insert fails on a null LABEL).
 */
@Entity
@Table(name = "CNC_CASE_REASON")
@AdminPresentationClass(friendlyName = "CaseReasonImpl_friendly")
public class CaseReasonImpl implements CaseReason, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "CaseReasonId")
    @GenericGenerator(name = "CaseReasonId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CaseReasonImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.cases.CaseReasonImpl")})
    @Column(name = "REASON_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Override
    public Long getId() {
        return id;
    }

    @Column(name = "LABEL", nullable = false, length = LABEL_MAX_LENGTH)
    @AdminPresentation(friendlyName = "MerchantReason_label", order = 1000, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String label;

    @Column(name = "CODE", length = CODE_MAX_LENGTH)
    @AdminPresentation(friendlyName = "MerchantReason_code", order = 2000, prominent = true, gridOrder = 3,
            helpText = "MerchantReason_code_help",
            validationConfigurations = @ValidationConfiguration(
                    validationImplementation = "blRegexPropertyValidator",
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression", itemValue = "^[a-z0-9-]*$"),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "MerchantReason_code_format")}))
    protected String code;

    @Column(name = "DISPLAY_ORDER", nullable = false)
    @AdminPresentation(friendlyName = "MerchantReason_displayOrder", order = 3000, prominent = true, gridOrder = 2)
    protected int displayOrder;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "MerchantReason_active", order = 4000, prominent = true, gridOrder = 4)
    protected boolean active = true;

    /** Null (a row from before the column) is not a complaint. */
    @Column(name = "COMPLAINT")
    @AdminPresentation(friendlyName = "CaseReasonImpl_complaint", order = 5000, prominent = true, gridOrder = 5,
            helpText = "CaseReasonImpl_complaint_help")
    protected Boolean complaint = false;

    @Override
    public boolean isComplaint() {
        return Boolean.TRUE.equals(complaint);
    }

    @Override
    public void setComplaint(boolean complaint) {
        this.complaint = complaint;
    }

    @Override
    public String getMainEntityName() {
        return label;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public void setLabel(String label) {
        this.label = label;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public void setCode(String code) {
        this.code = code == null || code.trim().isEmpty() ? null : code.trim();
    }

    @Override
    public int getDisplayOrder() {
        return displayOrder;
    }

    @Override
    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void setActive(boolean active) {
        this.active = active;
    }
}
