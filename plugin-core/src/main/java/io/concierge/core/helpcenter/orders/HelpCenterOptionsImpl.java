package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.OptionRules;
import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.ConfigurationItem;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.ValidationConfiguration;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;


import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The store's help-center options (admin: Customer Service › Help center options): the kernel makes the store's row
 * with these defaults at start, as for every capability's {@link io.concierge.core.kernel.StoreOptions}.
 */
@Entity
@Table(name = "CNC_HELPCENTER_OPTIONS")
@AdminPresentationClass(friendlyName = "HelpCenterOptionsImpl_friendly")
public class HelpCenterOptionsImpl implements HelpCenterOptions, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_RETURN_WINDOW_DAYS = 365;
    public static final int MAX_COMPLAINT_SUPPRESSION_ORDERS = 1000;
    public static final int MAX_COMPLAINT_SUPPRESSION_DAYS = 365;

    /** A daily cut-off, HH:mm; the admin checks it with Broadleaf's regex validator, saves through the service here. */
    private static final String TIME_OF_DAY_PATTERN = "([01][0-9]|2[0-3]):[0-5][0-9]";
    private static final Pattern TIME_OF_DAY = Pattern.compile(TIME_OF_DAY_PATTERN);

    @Id
    @Column(name = "OPTIONS_ID")
    protected Long id;

    /** A {@link ChangeDeadline} name; a drop-down in the admin ({@link ChangeDeadlineType}). */
    @Column(name = "CHANGE_DEADLINE", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_changeDeadline", order = 1, prominent = true,
            gridOrder = 1, fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.helpcenter.orders.ChangeDeadlineType",
            requiredOverride = RequiredOverride.REQUIRED)
    protected String changeDeadline = ChangeDeadline.UNTIL_PICKED.name();

    /** HH:mm, or null for no cut-off. */
    @Column(name = "DAILY_CUTOFF", length = 5)
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_dailyCutoff", order = 2,
            helpText = "HelpCenterOptionsImpl_dailyCutoff_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = "blRegexPropertyValidator",
                    configurationItems = {
                            @ConfigurationItem(itemName = "regularExpression", itemValue = TIME_OF_DAY_PATTERN),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "HelpCenterOptionsImpl_dailyCutoff_format")}))
    protected String dailyCutoff;

    @Column(name = "TIME_ZONE", nullable = false, length = 64)
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_timeZone", order = 3,
            helpText = "HelpCenterOptionsImpl_timeZone_help", requiredOverride = RequiredOverride.REQUIRED)
    protected String timeZone = "UTC";

    @Column(name = "RETURN_WINDOW_DAYS", nullable = false)
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_returnWindowDays", order = 4, prominent = true,
            gridOrder = 2,
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "0"),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_RETURN_WINDOW_DAYS),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "HelpCenterOptionsImpl_returnWindowDays_range")}))
    protected Integer returnWindowDays = DEFAULT_RETURN_WINDOW_DAYS;

    /* Guidance's suppression by complaints: null (a row from before it existed) is the default. */

    @Column(name = "COMPLAINT_SUPPRESSION_ORDERS")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_complaintSuppressionOrders", order = 30,
            group = "HelpCenterOptionsImpl_guidance",
            helpText = "HelpCenterOptionsImpl_complaintSuppressionOrders_help",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "0"),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_COMPLAINT_SUPPRESSION_ORDERS),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "HelpCenterOptionsImpl_complaintSuppressionOrders_range")}))
    protected Integer complaintSuppressionOrders = DEFAULT_COMPLAINT_SUPPRESSION_ORDERS;

    @Column(name = "COMPLAINT_SUPPRESSION_DAYS")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_complaintSuppressionDays", order = 31,
            group = "HelpCenterOptionsImpl_guidance",
            validationConfigurations = @ValidationConfiguration(validationImplementation = RANGE_VALIDATOR,
                    configurationItems = {
                            @ConfigurationItem(itemName = "min", itemValue = "1"),
                            @ConfigurationItem(itemName = "max", itemValue = "" + MAX_COMPLAINT_SUPPRESSION_DAYS),
                            @ConfigurationItem(itemName = ConfigurationItem.ERROR_MESSAGE,
                                    itemValue = "HelpCenterOptionsImpl_complaintSuppressionDays_range")}))
    protected Integer complaintSuppressionDays = DEFAULT_COMPLAINT_SUPPRESSION_DAYS;

    /* The mail switches: null (a row from before they existed) is on. */

    @Column(name = "MAIL_CONFIRMATION")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_mailConfirmation", order = 10,
            group = "HelpCenterOptionsImpl_mails", helpText = "HelpCenterOptionsImpl_mailConfirmation_help")
    protected Boolean mailConfirmation = true;

    @Column(name = "MAIL_DISPATCH")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_mailDispatch", order = 11,
            group = "HelpCenterOptionsImpl_mails", helpText = "HelpCenterOptionsImpl_mailDispatch_help")
    protected Boolean mailDispatch = true;

    @Column(name = "MAIL_DELAY")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_mailDelay", order = 12,
            group = "HelpCenterOptionsImpl_mails", helpText = "HelpCenterOptionsImpl_mailDelay_help")
    protected Boolean mailDelay = true;

    @Column(name = "MAIL_DELIVERED")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_mailDelivered", order = 13,
            group = "HelpCenterOptionsImpl_mails", helpText = "HelpCenterOptionsImpl_mailDelivered_help")
    protected Boolean mailDelivered = true;

    @Column(name = "MAIL_CANCELLATION")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_mailCancellation", order = 14,
            group = "HelpCenterOptionsImpl_mails", helpText = "HelpCenterOptionsImpl_mailCancellation_help")
    protected Boolean mailCancellation = true;

    @Column(name = "MAIL_ADDRESS_CHANGE")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_mailAddressChange", order = 15,
            group = "HelpCenterOptionsImpl_mails", helpText = "HelpCenterOptionsImpl_mailAddressChange_help")
    protected Boolean mailAddressChange = true;

    @Column(name = "MAIL_RETURN_RECEIPT")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_mailReturnReceipt", order = 16,
            group = "HelpCenterOptionsImpl_mails", helpText = "HelpCenterOptionsImpl_mailReturnReceipt_help")
    protected Boolean mailReturnReceipt = true;

    @Column(name = "MAIL_WITHDRAWAL_RECEIPT")
    @AdminPresentation(friendlyName = "HelpCenterOptionsImpl_mailWithdrawalReceipt", order = 17,
            group = "HelpCenterOptionsImpl_mails", helpText = "HelpCenterOptionsImpl_mailWithdrawalReceipt_help")
    protected Boolean mailWithdrawalReceipt = true;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public ChangeDeadline getChangeDeadline() {
        return ChangeDeadline.valueOf(changeDeadline);
    }

    public void setChangeDeadline(ChangeDeadline changeDeadline) {
        this.changeDeadline = changeDeadline.name();
    }

    @Override
    public LocalTime getDailyCutoff() {
        return dailyCutoff == null ? null : LocalTime.parse(dailyCutoff);
    }

    public void setDailyCutoff(LocalTime cutoff) {
        this.dailyCutoff = cutoff == null ? null : cutoff.withSecond(0).withNano(0).toString();
    }

    @Override
    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public void setTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    @Override
    public int getReturnWindowDays() {
        return returnWindowDays;
    }

    public void setReturnWindowDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a return window cannot be negative");
        }
        this.returnWindowDays = days;
    }

    @Override
    public int getComplaintSuppressionOrders() {
        return complaintSuppressionOrders == null ? DEFAULT_COMPLAINT_SUPPRESSION_ORDERS : complaintSuppressionOrders;
    }

    public void setComplaintSuppressionOrders(int orders) {
        this.complaintSuppressionOrders = orders;
    }

    @Override
    public int getComplaintSuppressionDays() {
        return complaintSuppressionDays == null ? DEFAULT_COMPLAINT_SUPPRESSION_DAYS : complaintSuppressionDays;
    }

    public void setComplaintSuppressionDays(int days) {
        this.complaintSuppressionDays = days;
    }

    @Override
    public boolean isMailOn(OrderMail mail) {
        return !Boolean.FALSE.equals(mailSwitch(mail));
    }

    public void setMailOn(OrderMail mail, boolean on) {
        switch (mail) {
            case CONFIRMATION:
                mailConfirmation = on;
                break;
            case DISPATCH:
                mailDispatch = on;
                break;
            case DELAY:
                mailDelay = on;
                break;
            case DELIVERED:
                mailDelivered = on;
                break;
            case CANCELLATION:
                mailCancellation = on;
                break;
            case ADDRESS_CHANGE:
                mailAddressChange = on;
                break;
            case RETURN_RECEIPT:
                mailReturnReceipt = on;
                break;
            case WITHDRAWAL_RECEIPT:
                mailWithdrawalReceipt = on;
                break;
            default:
                throw new IllegalArgumentException("no switch for " + mail);
        }
    }

    private Boolean mailSwitch(OrderMail mail) {
        switch (mail) {
            case CONFIRMATION:
                return mailConfirmation;
            case DISPATCH:
                return mailDispatch;
            case DELAY:
                return mailDelay;
            case DELIVERED:
                return mailDelivered;
            case CANCELLATION:
                return mailCancellation;
            case ADDRESS_CHANGE:
                return mailAddressChange;
            case RETURN_RECEIPT:
                return mailReturnReceipt;
            case WITHDRAWAL_RECEIPT:
                return mailWithdrawalReceipt;
            default:
                throw new IllegalArgumentException("no switch for " + mail);
        }
    }

    @Override
    public Map<String, String> violations() {
        Map<String, String> violations = new LinkedHashMap<String, String>(new OptionRules(HelpCenterOptionsImpl.class)
                .range("returnWindowDays", returnWindowDays, 0, MAX_RETURN_WINDOW_DAYS)
                .range("complaintSuppressionOrders", getComplaintSuppressionOrders(), 0,
                        MAX_COMPLAINT_SUPPRESSION_ORDERS)
                .range("complaintSuppressionDays", getComplaintSuppressionDays(), 1, MAX_COMPLAINT_SUPPRESSION_DAYS)
                .violations());
        if (dailyCutoff != null && !TIME_OF_DAY.matcher(dailyCutoff).matches()) {
            violations.put("dailyCutoff", "HelpCenterOptionsImpl_dailyCutoff_format");
        }
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException | NullPointerException e) {
            violations.put("timeZone", "HelpCenterOptionsImpl_timeZone_unknown");
        }
        try {
            ChangeDeadline.valueOf(changeDeadline);
        } catch (IllegalArgumentException | NullPointerException e) {
            violations.put("changeDeadline", "HelpCenterOptionsImpl_changeDeadline_unknown");
        }
        return violations;
    }

    @Override
    public String getMainEntityName() {
        return "Help center";
    }
}
