package io.concierge.storefront.kernel;

import io.concierge.core.kernel.Language;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.web.BroadleafRequestContext;

import java.text.DateFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.Locale;

/**
 * The shopper's language as Broadleaf's request filter chose it, and what follows from it: which guides they read
 * and how money and dates are written.
 */
public final class ShopperLocale {

    private final Locale locale;

    public ShopperLocale(Locale locale) {
        this.locale = locale == null ? Locale.US : locale;
    }

    /** The current request's locale (Broadleaf's choice), or US English outside a request. */
    public static ShopperLocale current() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        return new ShopperLocale(context == null ? null : context.getJavaLocale());
    }

    public Locale getLocale() {
        return locale;
    }

    /** The guide language for this shopper: "pt_BR" for any Portuguese, "es" for any Spanish, else "en". */
    public String guideLanguage() {
        return Language.forLocale(locale).code();
    }

    public String money(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.getCurrency());
        return format.format(money.getAmount());
    }

    /**
     * The month of a date as one says "in May": the month's stand-alone name in this language ("May", "maio",
     * "mayo"), with the year when it is not the current one ("May 2025").
     */
    public String month(Date date, java.time.ZoneId zone) {
        java.time.LocalDate day = date.toInstant().atZone(zone).toLocalDate();
        boolean thisYear = day.getYear() == java.time.LocalDate.now(zone).getYear();
        return java.time.format.DateTimeFormatter.ofPattern(thisYear ? "LLLL" : "LLLL yyyy", locale).format(day);
    }

    public String date(Date date) {
        return date == null ? "" : DateFormat.getDateInstance(DateFormat.LONG, locale).format(date);
    }
}
