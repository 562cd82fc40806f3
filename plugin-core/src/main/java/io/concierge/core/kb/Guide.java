package io.concierge.core.kb;

import org.broadleafcommerce.core.catalog.domain.Product;

import java.io.Serializable;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * A knowledge-base article, written by the merchant's editors in the admin and read by shoppers on the storefront.
 * Its body is sanitized HTML whichever way it is saved.
 */
public interface Guide extends Serializable {

    int TITLE_MAX_LENGTH = 200;
    int SUMMARY_MAX_LENGTH = 1000;
    int AUTHOR_MAX_LENGTH = 200;
    int SEO_TITLE_MAX_LENGTH = 200;
    int SEO_DESCRIPTION_MAX_LENGTH = 500;
    int URL_MAX_LENGTH = 1000;

    Long getId();

    void setId(Long id);

    String getTitle();

    void setTitle(String title);

    /** The guide's URL key, unique in the store; derived from the title when left empty. */
    String getSlug();

    void setSlug(String slug);

    String getSummary();

    void setSummary(String summary);

    /** Sanitized HTML. */
    String getBody();

    void setBody(String body);

    String getAuthor();

    void setAuthor(String author);

    GuideStatus getStatus();

    void setStatus(GuideStatus status);

    /** From when shoppers may see the guide (see {@link GuideVisibility}). */
    Date getPublishAt();

    void setPublishAt(Date publishAt);

    /** A {@link io.concierge.core.kernel.Language} code: "en", "pt_BR" or "es". */
    String getLocale();

    void setLocale(String locale);

    String getHeroImageUrl();

    void setHeroImageUrl(String heroImageUrl);

    String getSeoTitle();

    void setSeoTitle(String seoTitle);

    String getSeoDescription();

    void setSeoDescription(String seoDescription);

    String getCanonicalUrl();

    void setCanonicalUrl(String canonicalUrl);

    GuideCategory getCategory();

    void setCategory(GuideCategory category);

    Set<GuideTag> getTags();

    /** Links to Broadleaf products, in the editor's order. */
    List<GuideProductLink> getProductLinks();

    /** Appends a link to {@code product} after the existing ones. */
    GuideProductLink addProductLink(Product product);

    /** Guides suggested after this one, in the editor's order. */
    List<RelatedGuide> getRelatedGuides();

    /** Appends {@code guide} to the related guides. */
    RelatedGuide addRelatedGuide(Guide guide);

    long getHelpfulVotes();

    long getUnhelpfulVotes();

    long getViewCount();

    Date getCreatedAt();

    Date getUpdatedAt();
}
