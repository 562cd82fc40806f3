package io.concierge.core.loyalty;

import io.concierge.core.kernel.OptionRules;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;

import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** JPA mapping of {@link LoyaltyOptions}; the kernel makes the store's row with these defaults at start. */
@Entity
@Table(name = "CNC_LOYALTY_OPTIONS")
@AdminPresentationClass(friendlyName = "LoyaltyOptionsImpl_friendly")
public class LoyaltyOptionsImpl implements LoyaltyOptions, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "OPTIONS_ID")
    protected Long id;

    @Column(name = "METRIC", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "LoyaltyOptionsImpl_metric", order = 1, prominent = true, gridOrder = 1,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.loyalty.LoyaltyMetric",
            requiredOverride = RequiredOverride.REQUIRED,
            validationConfigurations = @ValidationConfiguration(validationImplementation = METRIC_VALIDATOR))
    protected String metric = LoyaltyMetric.NET_SPEND.getType();

    @Column(name = "QUALIFYING_WINDOW", nullable = false, length = 20)
    @AdminPresentation(friendlyName = "LoyaltyOptionsImpl_window", order = 2, prominent = true, gridOrder = 2,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.loyalty.LoyaltyWindow",
            requiredOverride = RequiredOverride.REQUIRED)
    protected String window = LoyaltyWindow.ROLLING_12_MONTHS.getType();

    public static final int MAX_WARNING_DAYS = 90;
    public static final int MAX_POINTS_PER_UNIT = 1000;

    /** The admin's check that a change of metric orphans no staff's points (admin module). */
    static final String METRIC_VALIDATOR = "cncLoyaltyOptionsPropertyValidator";

    /** How many days before a downgrade the shopper is warned by mail (0: no mail). */
    @Column(name = "WARNING_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "LoyaltyOptionsImpl_warningDays", order = 3, prominent = true, gridOrder = 3,
            helpText = "LoyaltyOptionsImpl_warningDays_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + 0),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_WARNING_DAYS),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "LoyaltyOptionsImpl_warningDays_range")}))
    protected Integer warningDays = 7;

    /** With the metric {@link LoyaltyMetric#POINTS}: the points each whole unit of currency of net spend earns. */
    @Column(name = "POINTS_PER_UNIT")
    @AdminPresentation(friendlyName = "LoyaltyOptionsImpl_pointsPerUnit", order = 4, prominent = true, gridOrder = 4,
            helpText = "LoyaltyOptionsImpl_pointsPerUnit_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "" + 1),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_POINTS_PER_UNIT),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "LoyaltyOptionsImpl_pointsPerUnit_range")}))
    protected Integer pointsPerUnit = 1;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public LoyaltyMetric getMetric() {
        LoyaltyMetric known = LoyaltyMetric.getInstance(metric);
        return known == null ? LoyaltyMetric.NET_SPEND : known;
    }

    @Override
    public void setMetric(LoyaltyMetric metric) {
        this.metric = metric.getType();
    }

    @Override
    public LoyaltyWindow getWindow() {
        LoyaltyWindow known = LoyaltyWindow.getInstance(window);
        return known == null ? LoyaltyWindow.ROLLING_12_MONTHS : known;
    }

    @Override
    public void setWindow(LoyaltyWindow window) {
        this.window = window.getType();
    }

    @Override
    public int getWarningDays() {
        return warningDays == null ? 0 : warningDays;
    }

    @Override
    public void setWarningDays(int days) {
        this.warningDays = days;
    }

    @Override
    public int getPointsPerUnit() {
        return pointsPerUnit == null ? 1 : pointsPerUnit;
    }

    @Override
    public void setPointsPerUnit(int points) {
        this.pointsPerUnit = points;
    }

    /** Metric and window are drop-downs of known values (an unknown stored value reads as the default). */
    @Override
    public Map<String, String> violations() {
        return new OptionRules(LoyaltyOptionsImpl.class).range("warningDays", getWarningDays(), 0, MAX_WARNING_DAYS)
                .range("pointsPerUnit", getPointsPerUnit(), 1, MAX_POINTS_PER_UNIT).violations();
    }

    @Override
    public String getMainEntityName() {
        return "Loyalty options";
    }
}
