package io.concierge.storefront.kb;

import io.concierge.core.kb.Guide;
import io.concierge.storefront.kernel.ShopperLocale;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

/** A guide in a listing: title, link, summary and date. */
public class GuideCard {

    private final String slug;
    private final String title;
    private final String summary;
    private final String published;
    private final String publishedIso;
    private final String locale;

    public GuideCard(Guide guide, ShopperLocale shopper) {
        this.slug = guide.getSlug();
        this.title = guide.getTitle();
        this.summary = guide.getSummary();
        this.published = shopper.date(guide.getPublishAt());
        this.publishedIso = iso(guide.getPublishAt());
        this.locale = guide.getLocale();
    }

    public String getSlug() { return slug; }

    public String getTitle() { return title; }

    public String getSummary() { return summary; }

    public String getPublished() { return published; }

    /** The publish time in ISO 8601 (UTC), for machines. */
    public String getPublishedIso() { return publishedIso; }

    /** The guide's language code ("en", "pt_BR", "es"). */
    public String getLocale() { return locale; }

    /** The guide's language as an HTML lang value ("pt-BR"). */
    public String getLang() { return locale.replace('_', '-'); }

    static String iso(Date date) {
        if (date == null) {
            return null;
        }
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
        format.setTimeZone(TimeZone.getTimeZone("UTC"));
        return format.format(date);
    }
}
