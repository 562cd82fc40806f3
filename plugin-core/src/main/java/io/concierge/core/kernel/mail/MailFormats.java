package io.concierge.core.kernel.mail;

import io.concierge.core.kernel.Language;
import org.broadleafcommerce.common.money.Money;

import java.math.BigDecimal;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Currency;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** Money and dates as a mail in one locale writes them. */
public final class MailFormats {

    private final Locale locale;
    private final TimeZone timeZone;

    public MailFormats(Locale locale, TimeZone timeZone) {
        this.locale = locale;
        this.timeZone = timeZone;
    }

    /** The locale a mail is formatted for: the recipient's, or for a bare language its usual country. */
    public static Locale localeFor(Locale recipient) {
        if (recipient != null && !recipient.getLanguage().isEmpty()) {
            return recipient;
        }
        return Locale.US;
    }

    /**
     * The locale templates and messages are looked up in: the language's own (pt_BR for any Portuguese, es for any
     * Spanish, en otherwise), as Concierge writes its bundles and templates.
     */
    public static Locale lookupLocale(Language language) {
        String[] parts = language.code().split("_");
        return parts.length == 1 ? new Locale(parts[0]) : new Locale(parts[0], parts[1]);
    }

    public String money(Money money) {
        return money == null ? "" : money(money.getAmount(), money.getCurrency());
    }

    public String money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(amount);
    }

    /** "3 de dezembro de 2026", "December 3, 2026". */
    public String date(Date date) {
        return date == null ? "" : format(DateFormat.getDateInstance(DateFormat.LONG, locale), date);
    }

    /** The date and the time to the minute. */
    public String dateTime(Date date) {
        return date == null ? "" : format(DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, locale),
                date);
    }

    /** The date and the time to the second with the time zone, as a receipt states when something arrived. */
    public String timestamp(Date date) {
        return date == null ? "" : format(DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.LONG, locale),
                date);
    }

    static Date toDate(Object value) {
        if (value == null || value instanceof Date) {
            return (Date) value;
        }
        if (value instanceof Instant) {
            return Date.from((Instant) value);
        }
        throw new IllegalArgumentException("Not a date or an Instant: " + value.getClass().getName());
    }

    private String format(DateFormat format, Date date) {
        format.setTimeZone(timeZone);
        return format.format(date);
    }
}
