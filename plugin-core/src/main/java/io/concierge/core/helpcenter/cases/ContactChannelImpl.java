package io.concierge.core.helpcenter.cases;

import org.broadleafcommerce.common.admin.domain.AdminMainEntity;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.RequiredOverride;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.broadleafcommerce.common.presentation.client.VisibilityEnum;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Parameter;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;

/** JPA mapping of {@link ContactChannel}, edited in the Broadleaf admin. */
@Entity
@Table(name = "CNC_CONTACT_CHANNEL")
@AdminPresentationClass(friendlyName = "ContactChannelImpl_friendly")
public class ContactChannelImpl implements ContactChannel, AdminMainEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "ContactChannelId")
    @GenericGenerator(name = "ContactChannelId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "ContactChannelImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.cases.ContactChannelImpl")})
    @Column(name = "CHANNEL_ID")
    @AdminPresentation(visibility = VisibilityEnum.HIDDEN_ALL)
    protected Long id;

    @Column(name = "KIND", nullable = false, length = 16)
    @AdminPresentation(friendlyName = "ContactChannelImpl_kind", order = 1000, prominent = true, gridOrder = 2,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.helpcenter.cases.ContactChannelKind",
            requiredOverride = RequiredOverride.REQUIRED)
    protected String kind = ContactChannelKind.CASE_FORM.getType();

    @Column(name = "LABEL", nullable = false, length = 100)
    @AdminPresentation(friendlyName = "ContactChannelImpl_label", order = 2000, prominent = true, gridOrder = 1,
            requiredOverride = RequiredOverride.REQUIRED)
    protected String label;

    @Column(name = "CONTACT", length = 255)
    @AdminPresentation(friendlyName = "ContactChannelImpl_contact", order = 3000, prominent = true, gridOrder = 3,
            helpText = "ContactChannelImpl_contact_help")
    protected String contact;

    @Column(name = "OPENING_HOURS", length = 200)
    @AdminPresentation(friendlyName = "ContactChannelImpl_openingHours", order = 4000)
    protected String openingHours;

    @Column(name = "REPLY_MINUTES", nullable = false)
    @AdminPresentation(friendlyName = "ContactChannelImpl_replyMinutes", order = 5000, prominent = true,
            gridOrder = 4, helpText = "ContactChannelImpl_replyMinutes_help")
    protected int replyMinutes = 24 * 60;

    @Column(name = "DISPLAY_ORDER", nullable = false)
    @AdminPresentation(friendlyName = "ContactChannelImpl_displayOrder", order = 6000)
    protected int displayOrder;

    @Column(name = "ACTIVE", nullable = false)
    @AdminPresentation(friendlyName = "ContactChannelImpl_active", order = 7000, prominent = true, gridOrder = 5)
    protected boolean active = true;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getMainEntityName() {
        return label;
    }

    @Override
    public ContactChannelKind getKind() {
        return ContactChannelKind.getInstance(kind);
    }

    public void setKind(ContactChannelKind kind) {
        this.kind = kind.getType();
    }

    @Override
    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    @Override
    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    @Override
    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    @Override
    public int getReplyMinutes() {
        return replyMinutes;
    }

    public void setReplyMinutes(int replyMinutes) {
        this.replyMinutes = replyMinutes;
    }

    @Override
    public int getDisplayOrder() {
        return displayOrder;
    }

    public void setDisplayOrder(int displayOrder) {
        this.displayOrder = displayOrder;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
