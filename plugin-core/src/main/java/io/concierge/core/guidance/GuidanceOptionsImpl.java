package io.concierge.core.guidance;

import io.concierge.core.kernel.OptionRules;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;

import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * JPA mapping of {@link GuidanceOptions}. Not second-level cached: the next mining run and the storefront must see an
 * admin change, and storefront and admin may be different JVMs. Only the store's row (made by the kernel with the
 * fixed id) exists, so no id generator is needed.
 */
@Entity
@Table(name = "CNC_GUIDANCE_OPTIONS")
@AdminPresentationClass(friendlyName = "GuidanceOptionsImpl_friendly")
public class GuidanceOptionsImpl implements GuidanceOptions, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "OPTIONS_ID")
    protected Long id;

    @Column(name = "MIN_ORDERS_TOGETHER", nullable = false)
    @AdminPresentation(friendlyName = "GuidanceOptionsImpl_minOrdersTogether", order = 1, prominent = true,
            gridOrder = 1, helpText = "GuidanceOptionsImpl_minOrdersTogether_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + MIN_ORDERS_TOGETHER),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_ORDERS_TOGETHER),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "GuidanceOptionsImpl_minOrdersTogether_range")}))
    protected Integer minOrdersTogether = 3;

    @Column(name = "MIN_SUPPORT_BP", nullable = false)
    @AdminPresentation(friendlyName = "GuidanceOptionsImpl_minSupportBasisPoints", order = 2, prominent = true,
            gridOrder = 2, helpText = "GuidanceOptionsImpl_minSupportBasisPoints_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + 0),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_SUPPORT_BASIS_POINTS),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "GuidanceOptionsImpl_minSupportBasisPoints_range")}))
    protected Integer minSupportBasisPoints = 10;

    @Column(name = "MIN_CONFIDENCE_PERCENT", nullable = false)
    @AdminPresentation(friendlyName = "GuidanceOptionsImpl_minConfidencePercent", order = 3, prominent = true,
            gridOrder = 3, helpText = "GuidanceOptionsImpl_minConfidencePercent_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + 0),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_CONFIDENCE_PERCENT),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "GuidanceOptionsImpl_minConfidencePercent_range")}))
    protected Integer minConfidencePercent = 10;

    @Column(name = "MIN_LIFT_HUNDREDTHS", nullable = false)
    @AdminPresentation(friendlyName = "GuidanceOptionsImpl_minLiftHundredths", order = 4, prominent = true,
            gridOrder = 4, helpText = "GuidanceOptionsImpl_minLiftHundredths_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + MIN_LIFT_HUNDREDTHS),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_LIFT_HUNDREDTHS),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "GuidanceOptionsImpl_minLiftHundredths_range")}))
    protected Integer minLiftHundredths = 150;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public int getMinOrdersTogether() {
        return minOrdersTogether;
    }

    @Override
    public void setMinOrdersTogether(int minOrdersTogether) {
        this.minOrdersTogether = minOrdersTogether;
    }

    @Override
    public int getMinSupportBasisPoints() {
        return minSupportBasisPoints;
    }

    @Override
    public void setMinSupportBasisPoints(int minSupportBasisPoints) {
        this.minSupportBasisPoints = minSupportBasisPoints;
    }

    @Override
    public int getMinConfidencePercent() {
        return minConfidencePercent;
    }

    @Override
    public void setMinConfidencePercent(int minConfidencePercent) {
        this.minConfidencePercent = minConfidencePercent;
    }

    @Override
    public int getMinLiftHundredths() {
        return minLiftHundredths;
    }

    @Override
    public void setMinLiftHundredths(int minLiftHundredths) {
        this.minLiftHundredths = minLiftHundredths;
    }

    @Override
    public Map<String, String> violations() {
        return new OptionRules(GuidanceOptionsImpl.class)
                .range("minOrdersTogether", minOrdersTogether, MIN_ORDERS_TOGETHER, MAX_ORDERS_TOGETHER)
                .range("minSupportBasisPoints", minSupportBasisPoints, 0, MAX_SUPPORT_BASIS_POINTS)
                .range("minConfidencePercent", minConfidencePercent, 0, MAX_CONFIDENCE_PERCENT)
                .range("minLiftHundredths", minLiftHundredths, MIN_LIFT_HUNDREDTHS, MAX_LIFT_HUNDREDTHS)
                .violations();
    }

    @Override
    public String getMainEntityName() {
        return "Guidance";
    }
}
