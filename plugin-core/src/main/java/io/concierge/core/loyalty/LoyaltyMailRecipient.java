package io.concierge.core.loyalty;

import java.util.Locale;

/**
 * What loyalty's mails read of the customer they go to, shared by the downgrade warning and the entry reward: the
 * SQL columns (over {@code BLC_CUSTOMER c}) and the locale they give.
 */
final class LoyaltyMailRecipient {

    /** E-mail, first name and locale: the customer's own, else their orders'. */
    static final String COLUMNS = "c.EMAIL_ADDRESS, c.FIRST_NAME, COALESCE(c.LOCALE_CODE, (SELECT MAX(o.LOCALE_CODE)"
            + " FROM BLC_ORDER o WHERE o.CUSTOMER_ID = c.CUSTOMER_ID)) AS LOCALE_CODE";

    private LoyaltyMailRecipient() {
    }

    /** The locale of a row's locale code column; US English when there is none. */
    static Locale locale(Object localeCode) {
        return localeCode == null ? Locale.US : Locale.forLanguageTag(localeCode.toString().trim().replace('_', '-'));
    }
}
