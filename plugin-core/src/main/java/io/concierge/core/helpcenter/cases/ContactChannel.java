package io.concierge.core.helpcenter.cases;

import java.io.Serializable;

/** A way to reach the store, as the contact page lists it (Customer Service › Contact channels). */
public interface ContactChannel extends Serializable {

    Long getId();

    ContactChannelKind getKind();

    /** E.g. "WhatsApp", "Customer care line". */
    String getLabel();

    /** The phone number, the address or the link (an https link for chat, WhatsApp and social networks). */
    String getContact();

    /** As the merchant writes them, e.g. "Mon–Fri 9:00–18:00". */
    String getOpeningHours();

    /** The reply time the merchant promises, in minutes. */
    int getReplyMinutes();

    int getDisplayOrder();

    boolean isActive();
}
