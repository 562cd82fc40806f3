package io.concierge.core.helpcenter.cases;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of channel a contact page lists, as a Broadleaf enumeration type for the admin's drop-down. */
public final class ContactChannelKind implements BroadleafEnumerationType, Serializable {

    private static final long serialVersionUID = 1L;

    /** Read by Broadleaf's admin (by reflection, under this name) to list the choices. */
    private static final Map<String, ContactChannelKind> TYPES = new LinkedHashMap<String, ContactChannelKind>();

    /** The store's own case form (and its e-mail answers); agents record the contacts of the other channels. */
    public static final ContactChannelKind CASE_FORM = new ContactChannelKind("CASE_FORM", "Case form / e-mail");
    public static final ContactChannelKind CHAT = new ContactChannelKind("CHAT", "Chat");
    /** Replies only within 24 hours of the customer's last message (WhatsApp's customer service window). */
    public static final ContactChannelKind WHATSAPP = new ContactChannelKind("WHATSAPP", "WhatsApp");
    public static final ContactChannelKind PHONE = new ContactChannelKind("PHONE", "Phone");
    public static final ContactChannelKind SOCIAL = new ContactChannelKind("SOCIAL", "Social network");

    private final String type;
    private final String friendlyType;

    private ContactChannelKind(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
        TYPES.put(type, this);
    }

    public static ContactChannelKind getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public String toString() {
        return type;
    }

    private Object readResolve() {
        return TYPES.get(type);
    }
}
