package io.concierge.demo.web;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.web.BroadleafRequestContext;

import java.text.DateFormat;
import java.text.NumberFormat;
import java.util.Date;
import java.util.Locale;

/** Money and dates the way the shopper's language writes them (Broadleaf's request context knows the locale). */
public final class Formats {

    private Formats() {
    }

    public static Locale locale() {
        BroadleafRequestContext context = BroadleafRequestContext.getBroadleafRequestContext();
        return context == null || context.getJavaLocale() == null ? Locale.US : context.getJavaLocale();
    }

    public static String money(Money money) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(money.getCurrency());
        return format.format(money.getAmount());
    }

    public static String date(Date date) {
        return date == null ? "" : DateFormat.getDateInstance(DateFormat.MEDIUM, locale()).format(date);
    }
}
