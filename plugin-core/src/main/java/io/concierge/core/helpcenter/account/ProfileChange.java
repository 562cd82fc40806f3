package io.concierge.core.helpcenter.account;

/** What an entry of a customer's audit trail records. */
public enum ProfileChange {
    /** First and last name. */
    NAME,
    /** The e-mail address, which is also the sign-in name. */
    EMAIL,
    /** The password: only that it changed, never the password. */
    PASSWORD,
    /** An address added to the address book. */
    ADDRESS_ADDED,
    /** An address of the address book edited. */
    ADDRESS_CHANGED,
    /** An address taken out of the address book. */
    ADDRESS_DELETED,
    /** Which address is the default one. */
    DEFAULT_ADDRESS,
    /** Which mails besides the order mails the customer accepts. */
    CONTACT_PREFERENCES,
    /** A guest's checkout customer registered from the order confirmation. */
    REGISTRATION
}
