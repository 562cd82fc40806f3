package io.concierge.core.helpcenter.cases;

import io.concierge.core.kernel.EnumerationType;

import java.util.LinkedHashMap;
import java.util.Map;

/** The kinds of channel a contact page lists, as a Broadleaf enumeration type for the admin's drop-down. */
public final class ContactChannelKind extends EnumerationType {

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


    private ContactChannelKind(String type, String friendlyType) {
        super(type, friendlyType);
        TYPES.put(type, this);
    }

    public static ContactChannelKind getInstance(String type) {
        return type == null ? null : TYPES.get(type);
    }

    private Object readResolve() {
        return TYPES.get(getType());
    }
}
