package io.concierge.storefront.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuideProductLink;
import io.concierge.core.kb.GuideTag;
import io.concierge.storefront.kernel.ShopperLocale;
import org.codehaus.jackson.map.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A guide as its page shows it, with the metadata search engines and link previews read. */
public class GuideArticle extends GuideCard {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Long id;
    private final String bodyHtml;
    private final String author;
    private final String categoryName;
    private final String categorySlug;
    private final List<GuideTag> tags;
    private final String heroImageUrl;
    private final String seoTitle;
    private final String seoDescription;
    private final String canonicalUrl;
    private final List<GuideProductCard> products = new ArrayList<GuideProductCard>();
    private final String jsonLd;

    /** @param siteUrl the storefront's absolute base URL, e.g. "https://shop.example.com" */
    public GuideArticle(Guide guide, ShopperLocale shopper, String siteUrl) {
        super(guide, shopper);
        this.id = guide.getId();
        this.bodyHtml = guide.getBody() == null ? "" : guide.getBody();
        this.author = guide.getAuthor();
        this.categoryName = guide.getCategory() == null ? null : guide.getCategory().getName();
        this.categorySlug = guide.getCategory() == null ? null : guide.getCategory().getSlug();
        this.tags = new ArrayList<GuideTag>(guide.getTags());
        this.heroImageUrl = absolute(siteUrl, guide.getHeroImageUrl());
        this.seoTitle = firstOf(guide.getSeoTitle(), guide.getTitle());
        this.seoDescription = firstOf(guide.getSeoDescription(), guide.getSummary());
        this.canonicalUrl = firstOf(guide.getCanonicalUrl(), siteUrl + "/guides/" + guide.getSlug());
        for (GuideProductLink link : guide.getProductLinks()) {
            if (link.getProduct() != null && link.getProduct().isActive() && link.getProduct().getDefaultSku() != null) {
                products.add(new GuideProductCard(link.getProduct(), shopper));
            }
        }
        this.jsonLd = articleJsonLd(guide);
    }

    private String articleJsonLd(Guide guide) {
        Map<String, Object> article = new LinkedHashMap<String, Object>();
        article.put("@context", "https://schema.org");
        article.put("@type", "Article");
        article.put("headline", guide.getTitle());
        article.put("description", seoDescription);
        article.put("inLanguage", getLang());
        article.put("datePublished", iso(guide.getPublishAt()));
        article.put("dateModified", iso(guide.getUpdatedAt() == null ? guide.getPublishAt() : guide.getUpdatedAt()));
        article.put("mainEntityOfPage", canonicalUrl);
        if (author != null && !author.isEmpty()) {
            Map<String, Object> person = new LinkedHashMap<String, Object>();
            person.put("@type", "Person");
            person.put("name", author);
            article.put("author", person);
        }
        if (heroImageUrl != null) {
            article.put("image", heroImageUrl);
        }
        try {
            // "<" only occurs inside JSON strings; escaping it keeps "</script>" in a title from closing the tag.
            return JSON.writeValueAsString(article).replace("<", "\\u003c");
        } catch (IOException cannotHappenForMaps) {
            throw new IllegalStateException(cannotHappenForMaps);
        }
    }

    private static String absolute(String siteUrl, String url) {
        if (url == null || url.isEmpty()) {
            return null;
        }
        return url.startsWith("/") ? siteUrl + url : url;
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred == null || preferred.trim().isEmpty() ? fallback : preferred;
    }

    public Long getId() { return id; }

    /** Sanitized when the guide was saved; print it unescaped. */
    public String getBodyHtml() { return bodyHtml; }

    public String getAuthor() { return author; }

    public String getCategoryName() { return categoryName; }

    public String getCategorySlug() { return categorySlug; }

    public List<GuideTag> getTags() { return tags; }

    public String getHeroImageUrl() { return heroImageUrl; }

    public String getSeoTitle() { return seoTitle; }

    public String getSeoDescription() { return seoDescription; }

    public String getCanonicalUrl() { return canonicalUrl; }

    public List<GuideProductCard> getProducts() { return products; }

    /** schema.org Article as JSON, safe to print unescaped inside a script element. */
    public String getJsonLd() { return jsonLd; }
}
