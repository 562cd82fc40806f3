package io.concierge.core.helpcenter.cases;

/**
 * What a shopper sends with the case form. A signed-in shopper names one of their orders by id (or none); a guest
 * gives their name and e-mail address and may name an order by its number and the e-mail it was placed with.
 */
public final class NewCase {

    private String subject;
    private String message;
    private Long reasonId;
    private Long customerId;
    private Long orderId;
    private String orderNumber;
    private String orderEmail;
    private String email;
    private String name;
    private String localeCode;
    private ContactChannelKind channel = ContactChannelKind.CASE_FORM;
    private boolean reasonAsked = true;

    /** A signed-in shopper's case. */
    public static NewCase bySignedInCustomer(long customerId) {
        NewCase request = new NewCase();
        request.customerId = customerId;
        return request;
    }

    public static NewCase byGuest(String name, String email) {
        NewCase request = new NewCase();
        request.name = trim(name);
        request.email = trim(email);
        return request;
    }

    public NewCase about(String subject, String message, Long reasonId) {
        this.subject = trim(subject);
        this.message = message == null || message.trim().isEmpty() ? null : message.trim();
        this.reasonId = reasonId;
        return this;
    }

    /** A signed-in shopper's own order, by id; null for none. */
    public NewCase forOrder(Long orderId) {
        this.orderId = orderId;
        return this;
    }

    /** A guest's order, by its number and the e-mail address it was placed with; blank number for none. */
    public NewCase forGuestOrder(String orderNumber, String orderEmail) {
        this.orderNumber = trim(orderNumber);
        this.orderEmail = trim(orderEmail);
        return this;
    }

    /** The language the shopper wrote in (Broadleaf locale code), for the mails. */
    public NewCase inLocale(String localeCode) {
        this.localeCode = localeCode;
        return this;
    }

    /** A contact a care agent records from another channel (a call, a chat, WhatsApp, a social network). */
    public NewCase through(ContactChannelKind channel) {
        this.channel = channel;
        return this;
    }

    public ContactChannelKind channel() {
        return channel;
    }

    /**
     * A case Concierge opens for the customer (a survey's detractor): no reason is asked; it gets one when the
     * customer names it ({@link CaseService#classify}).
     */
    public NewCase openedForTheCustomer() {
        this.reasonAsked = false;
        return this;
    }

    public boolean isReasonAsked() {
        return reasonAsked;
    }

    public String subject() {
        return subject;
    }

    public String message() {
        return message;
    }

    public Long reasonId() {
        return reasonId;
    }

    public Long customerId() {
        return customerId;
    }

    public boolean isGuest() {
        return customerId == null;
    }

    public Long orderId() {
        return orderId;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String orderEmail() {
        return orderEmail;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public String localeCode() {
        return localeCode;
    }

    private static String trim(String text) {
        return text == null || text.trim().isEmpty() ? null : text.trim();
    }
}
