package io.concierge.core.kb;

import io.concierge.core.kernel.HtmlSanitizer;
import io.concierge.core.kernel.Language;
import io.concierge.core.kernel.Slugs;

import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a save of a guide, category or tag derives, and what it must respect. Plain Java, tested without Spring;
 * {@link KnowledgeBaseEntityListener} applies {@code prepare} on every save path, the services add the checks that
 * need the database (unique slugs, category cycles). Violations map a field to a message key.
 */
public final class KnowledgeBaseRules {

    public static final String REQUIRED = "KnowledgeBase_required";
    public static final String TOO_LONG = "KnowledgeBase_tooLong";
    public static final String SLUG_FORMAT = "KnowledgeBase_slugFormat";
    public static final String SLUG_TAKEN = "KnowledgeBase_slugTaken";
    public static final String URL_FORMAT = "KnowledgeBase_urlFormat";
    public static final String LOCALE_UNSUPPORTED = "GuideImpl_locale_unsupported";
    /** Room left in a draft's slug for a numeric suffix ("-2" up to "-99999"). */
    static final int SLUG_SUFFIX_ROOM = 6;

    public static final String PUBLISH_AT_REQUIRED = "GuideImpl_publishAt_requiredWhenScheduled";
    public static final String PARENT_CYCLE = "GuideCategoryImpl_parent_cycle";
    public static final String NOT_FOUND = "KnowledgeBase_notFound";
    public static final String EDITED_MEANWHILE = "KnowledgeBase_editedMeanwhile";

    /** An absolute http(s) URL or a path on this site; empty allowed (the fields are optional). */
    public static final String URL_PATTERN = "(?:https?://[^\\s\"'<>]+|/[^\\s\"'<>]*)?";

    private static final Pattern URL = Pattern.compile(URL_PATTERN);

    private KnowledgeBaseRules() {
    }

    /**
     * Completes a guide about to be stored: trims the title, derives an empty slug from it, stamps a published
     * guide without publish time with {@code now}, and sanitizes the body.
     */
    public static void prepare(Guide guide, Date now) {
        guide.setTitle(trimToNull(guide.getTitle()));
        guide.setSlug(slugOrDerived(guide.getSlug(), guide.getTitle()));
        if (GuideStatus.PUBLISHED.equals(guide.getStatus()) && guide.getPublishAt() == null) {
            guide.setPublishAt(now);
        }
        guide.setPublishAt(toWholeSecond(guide.getPublishAt()));
        guide.setBody(HtmlSanitizer.sanitize(guide.getBody()));
    }

    /** The title of a draft written for a search that found nothing: the search, with a capital first letter. */
    public static String titleForSearch(String query) {
        String title = query.trim();
        return title.isEmpty() ? title
                : new StringBuilder().appendCodePoint(Character.toUpperCase(title.codePointAt(0)))
                        .append(title.substring(Character.charCount(title.codePointAt(0)))).toString();
    }

    /**
     * The slug such a draft starts from, short enough to take a numeric suffix when another guide holds it; "draft"
     * when the search has no letter or digit to make one from.
     */
    public static String slugForSearch(String query) {
        String slug = Slugs.fromText(query, Slugs.MAX_LENGTH - SLUG_SUFFIX_ROOM);
        return slug.isEmpty() ? "draft" : slug;
    }

    /**
     * Times are kept to the second: every supported database stores that much (MySQL's and MariaDB's DATETIME keeps
     * no fraction), so a guide appears at the same moment whichever database the store runs on.
     */
    public static Date toWholeSecond(Date time) {
        return time == null ? null : new Date(Math.floorDiv(time.getTime(), 1000L) * 1000L);
    }

    public static void prepare(GuideCategory category) {
        category.setName(trimToNull(category.getName()));
        category.setSlug(slugOrDerived(category.getSlug(), category.getName()));
    }

    public static void prepare(GuideTag tag) {
        tag.setName(trimToNull(tag.getName()));
        tag.setSlug(slugOrDerived(tag.getSlug(), tag.getName()));
    }

    /** Field name to message key for every rule a prepared guide breaks; empty when it may be saved. */
    public static Map<String, String> violations(Guide guide) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        checkText(errors, "title", guide.getTitle(), true, Guide.TITLE_MAX_LENGTH);
        checkSlug(errors, guide.getSlug());
        if (isBlank(guide.getLocale())) {
            errors.put("locale", REQUIRED);
        } else if (Language.ofCode(guide.getLocale()) == null) {
            errors.put("locale", LOCALE_UNSUPPORTED);
        }
        if (guide.getStatus() == null) {
            errors.put("status", REQUIRED);
        } else if (GuideStatus.SCHEDULED.equals(guide.getStatus()) && guide.getPublishAt() == null) {
            errors.put("publishAt", PUBLISH_AT_REQUIRED);
        }
        checkText(errors, "summary", guide.getSummary(), false, Guide.SUMMARY_MAX_LENGTH);
        checkText(errors, "author", guide.getAuthor(), false, Guide.AUTHOR_MAX_LENGTH);
        checkText(errors, "seoTitle", guide.getSeoTitle(), false, Guide.SEO_TITLE_MAX_LENGTH);
        checkText(errors, "seoDescription", guide.getSeoDescription(), false, Guide.SEO_DESCRIPTION_MAX_LENGTH);
        checkUrl(errors, "heroImageUrl", guide.getHeroImageUrl());
        checkUrl(errors, "canonicalUrl", guide.getCanonicalUrl());
        return errors;
    }

    public static Map<String, String> violations(GuideCategory category) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        checkText(errors, "name", category.getName(), true, GuideCategoryImpl.NAME_MAX_LENGTH);
        checkSlug(errors, category.getSlug());
        checkText(errors, "description", category.getDescription(), false, GuideCategoryImpl.DESCRIPTION_MAX_LENGTH);
        return errors;
    }

    public static Map<String, String> violations(GuideTag tag) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        checkText(errors, "name", tag.getName(), true, GuideTagImpl.NAME_MAX_LENGTH);
        checkSlug(errors, tag.getSlug());
        return errors;
    }

    /**
     * Adds {@link #SLUG_TAKEN} when the slug is held by another record ({@code holderId}, {@code null} when free)
     * than the one being saved ({@code ownId}), unless the slug is already wrong for another reason.
     */
    public static void checkSlugHolder(Map<String, String> errors, Long holderId, Long ownId) {
        if (holderId != null && !holderId.equals(ownId) && !errors.containsKey("slug")) {
            errors.put("slug", SLUG_TAKEN);
        }
    }

    /**
     * Whether filing the category {@code categoryId} under {@code parent} would make it its own ancestor.
     * {@code parent} must be able to walk up its chain (a managed entity). A new category (no id) cannot be.
     */
    public static boolean createsCycle(Long categoryId, GuideCategory parent) {
        Set<GuideCategory> seen = new HashSet<GuideCategory>();
        for (GuideCategory ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
            if (categoryId != null && categoryId.equals(ancestor.getId())) {
                return true;
            }
            if (!seen.add(ancestor)) {
                return true; // the chain above is already a loop
            }
        }
        return false;
    }

    private static void checkSlug(Map<String, String> errors, String slug) {
        if (isBlank(slug)) {
            errors.put("slug", REQUIRED);
        } else if (!Slugs.isValid(slug)) {
            errors.put("slug", SLUG_FORMAT);
        }
    }

    private static void checkText(Map<String, String> errors, String field, String value, boolean required,
                                  int maxLength) {
        if (required && isBlank(value)) {
            errors.put(field, REQUIRED);
        } else if (value != null && value.length() > maxLength) {
            errors.put(field, TOO_LONG);
        }
    }

    private static void checkUrl(Map<String, String> errors, String field, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > Guide.URL_MAX_LENGTH) {
            errors.put(field, TOO_LONG);
        } else if (!URL.matcher(value).matches()) {
            errors.put(field, URL_FORMAT);
        }
    }

    private static String slugOrDerived(String slug, String source) {
        String given = trimToNull(slug);
        return given != null ? given : trimToNull(Slugs.fromText(source));
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static boolean isBlank(String value) {
        return value == null || value.trim().isEmpty();
    }
}
