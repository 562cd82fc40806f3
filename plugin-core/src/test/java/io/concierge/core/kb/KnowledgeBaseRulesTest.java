package io.concierge.core.kb;

import io.concierge.core.kernel.Slugs;
import org.junit.jupiter.api.Test;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class KnowledgeBaseRulesTest {

    private final Date now = new Date(1_700_000_000_000L);

    private Guide validGuide() {
        Guide guide = new GuideImpl();
        guide.setTitle("Como escolher o tênis certo");
        guide.setSlug("como-escolher-o-tenis-certo");
        guide.setLocale("pt_BR");
        return guide;
    }

    @Test
    void aNewGuideIsAnEnglishDraft() {
        Guide guide = new GuideImpl();

        assertThat(guide.getStatus()).isEqualTo(GuideStatus.DRAFT);
        assertThat(guide.getLocale()).isEqualTo("en");
    }

    @Test
    void preparingDerivesAnEmptySlugFromTheTrimmedTitle() {
        Guide guide = validGuide();
        guide.setTitle("  Como escolher o tênis certo ");
        guide.setSlug("  ");

        KnowledgeBaseRules.prepare(guide, now);

        assertThat(guide.getTitle()).isEqualTo("Como escolher o tênis certo");
        assertThat(guide.getSlug()).isEqualTo("como-escolher-o-tenis-certo");
    }

    @Test
    void preparingKeepsASlugTheEditorChose() {
        Guide guide = validGuide();
        guide.setSlug("tenis");

        KnowledgeBaseRules.prepare(guide, now);

        assertThat(guide.getSlug()).isEqualTo("tenis");
    }

    @Test
    void preparingStampsAPublishedGuideWithoutPublishTimeWithNow() {
        Guide published = validGuide();
        published.setStatus(GuideStatus.PUBLISHED);
        Guide draft = validGuide();
        Date chosen = new Date(now.getTime() + 60_000);
        Guide publishedLater = validGuide();
        publishedLater.setStatus(GuideStatus.PUBLISHED);
        publishedLater.setPublishAt(chosen);

        KnowledgeBaseRules.prepare(published, now);
        KnowledgeBaseRules.prepare(draft, now);
        KnowledgeBaseRules.prepare(publishedLater, now);

        assertThat(published.getPublishAt()).isEqualTo(now);
        assertThat(draft.getPublishAt()).isNull();
        assertThat(publishedLater.getPublishAt()).isEqualTo(chosen);
    }

    @Test
    void preparingKeepsPublishTimesToTheSecondAsEveryDatabaseStoresThem() {
        Guide scheduled = validGuide();
        scheduled.setStatus(GuideStatus.SCHEDULED);
        scheduled.setPublishAt(new Date(1_800_000_123_987L));

        KnowledgeBaseRules.prepare(scheduled, now);

        assertThat(scheduled.getPublishAt()).isEqualTo(new Date(1_800_000_123_000L));
        assertThat(KnowledgeBaseRules.toWholeSecond(new Date(-1L))).isEqualTo(new Date(-1000L));
        assertThat(KnowledgeBaseRules.toWholeSecond(null)).isNull();
    }

    @Test
    void aDraftForASearchIsTitledWithTheSearchAndHasASlugRoomyEnoughForASuffix() {
        assertThat(KnowledgeBaseRules.titleForSearch("  ébano de corrida ")).isEqualTo("Ébano de corrida");
        assertThat(KnowledgeBaseRules.slugForSearch("ébano de corrida")).isEqualTo("ebano-de-corrida");
        assertThat(KnowledgeBaseRules.slugForSearch("???")).isEqualTo("draft");
        StringBuilder words = new StringBuilder();
        while (words.length() < Slugs.MAX_LENGTH) {
            words.append("palavra ");
        }
        String slug = KnowledgeBaseRules.slugForSearch(words.toString());
        assertThat(Slugs.isValid(slug + "-99999")).isTrue();
    }

    @Test
    void preparingSanitizesTheBody() {
        Guide guide = validGuide();
        guide.setBody("<p onclick=\"x()\">Hi</p><script>alert(1)</script>");

        KnowledgeBaseRules.prepare(guide, now);

        assertThat(guide.getBody()).isEqualTo("<p>Hi</p>");
    }

    @Test
    void aCompleteGuideBreaksNoRule() {
        Guide guide = validGuide();
        guide.setHeroImageUrl("https://cdn.example.com/hero.jpg");
        guide.setCanonicalUrl("/guides/como-escolher-o-tenis-certo");

        assertThat(KnowledgeBaseRules.violations(guide)).isEmpty();
    }

    @Test
    void titleSlugLocaleAndStatusAreRequired() {
        Guide guide = new GuideImpl();
        guide.setTitle(" ");
        guide.setLocale(null);
        guide.setStatus(null);

        assertThat(KnowledgeBaseRules.violations(guide)).containsOnly(
                entry("title", KnowledgeBaseRules.REQUIRED),
                entry("slug", KnowledgeBaseRules.REQUIRED),
                entry("locale", KnowledgeBaseRules.REQUIRED),
                entry("status", KnowledgeBaseRules.REQUIRED));
    }

    @Test
    void aSlugMustKeepToTheFormat() {
        Guide guide = validGuide();
        guide.setSlug("Como Escolher");

        assertThat(KnowledgeBaseRules.violations(guide)).containsOnly(entry("slug", KnowledgeBaseRules.SLUG_FORMAT));
    }

    @Test
    void onlyTheStoresLanguagesAreAccepted() {
        Guide guide = validGuide();
        guide.setLocale("fr");

        assertThat(KnowledgeBaseRules.violations(guide))
                .containsOnly(entry("locale", KnowledgeBaseRules.LOCALE_UNSUPPORTED));
    }

    @Test
    void aScheduledGuideNeedsAPublishTime() {
        Guide guide = validGuide();
        guide.setStatus(GuideStatus.SCHEDULED);

        assertThat(KnowledgeBaseRules.violations(guide))
                .containsOnly(entry("publishAt", KnowledgeBaseRules.PUBLISH_AT_REQUIRED));
        guide.setPublishAt(now);
        assertThat(KnowledgeBaseRules.violations(guide)).isEmpty();
    }

    @Test
    void urlsMustBeHttpOrPathsOnTheSite() {
        Guide guide = validGuide();
        guide.setHeroImageUrl("javascript:alert(1)");
        guide.setCanonicalUrl("ftp://example.com/x");

        assertThat(KnowledgeBaseRules.violations(guide)).containsOnly(
                entry("heroImageUrl", KnowledgeBaseRules.URL_FORMAT),
                entry("canonicalUrl", KnowledgeBaseRules.URL_FORMAT));
    }

    @Test
    void textsLongerThanTheirColumnAreRefused() {
        Guide guide = validGuide();
        guide.setTitle(text(Guide.TITLE_MAX_LENGTH + 1));
        guide.setSummary(text(Guide.SUMMARY_MAX_LENGTH + 1));
        guide.setSeoDescription(text(Guide.SEO_DESCRIPTION_MAX_LENGTH));

        assertThat(KnowledgeBaseRules.violations(guide)).containsOnly(
                entry("title", KnowledgeBaseRules.TOO_LONG),
                entry("summary", KnowledgeBaseRules.TOO_LONG));
    }

    @Test
    void categoriesAndTagsNeedANameAndAWellFormedSlug() {
        GuideCategory category = new GuideCategoryImpl();
        category.setSlug("Bad Slug");
        GuideTag tag = new GuideTagImpl();
        tag.setName("Waterproof");
        KnowledgeBaseRules.prepare(tag);

        assertThat(KnowledgeBaseRules.violations(category)).containsOnly(
                entry("name", KnowledgeBaseRules.REQUIRED),
                entry("slug", KnowledgeBaseRules.SLUG_FORMAT));
        assertThat(tag.getSlug()).isEqualTo("waterproof");
        assertThat(KnowledgeBaseRules.violations(tag)).isEmpty();
    }

    @Test
    void aSlugHeldByAnotherRecordIsTaken() {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        KnowledgeBaseRules.checkSlugHolder(errors, 7L, 7L);
        KnowledgeBaseRules.checkSlugHolder(errors, null, null);
        assertThat(errors).isEmpty();

        KnowledgeBaseRules.checkSlugHolder(errors, 7L, null);
        assertThat(errors).containsOnly(entry("slug", KnowledgeBaseRules.SLUG_TAKEN));
    }

    @Test
    void aCategoryCannotBeFiledUnderItselfOrItsDescendants() {
        GuideCategory root = category(1L, null);
        GuideCategory child = category(2L, root);
        GuideCategory grandChild = category(3L, child);

        assertThat(KnowledgeBaseRules.createsCycle(1L, grandChild)).isTrue();
        assertThat(KnowledgeBaseRules.createsCycle(1L, root)).isTrue();
        assertThat(KnowledgeBaseRules.createsCycle(3L, root)).isFalse();
        assertThat(KnowledgeBaseRules.createsCycle(null, grandChild)).isFalse();
    }

    @Test
    void aLoopAlreadySavedAboveTheParentIsReportedInsteadOfWalkedForever() {
        GuideCategory a = category(1L, null);
        GuideCategory b = category(2L, a);
        a.setParent(b);

        assertThat(KnowledgeBaseRules.createsCycle(9L, a)).isTrue();
    }

    static GuideCategory category(Long id, GuideCategory parent) {
        GuideCategory category = new GuideCategoryImpl();
        category.setId(id);
        category.setName("Category " + id);
        category.setParent(parent);
        return category;
    }

    private static String text(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append('x');
        }
        return sb.toString();
    }
}
