package io.concierge.core.helpcenter.reasons;

import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

/** The columns and admin fields every reason list shares; each list is an entity of its own with its own table. */
@MappedSuperclass
public abstract class MerchantReasonEntity implements MerchantReason, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    public static final int LABEL_MAX_LENGTH = 100;
    public static final int CODE_MAX_LENGTH = 50;

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
