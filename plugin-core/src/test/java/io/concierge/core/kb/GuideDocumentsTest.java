package io.concierge.core.kb;

import io.concierge.core.kb.search.GuideDocument;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class GuideDocumentsTest {

    @Test
    void carriesWhatTheIndexNeedsWithCategoryAndTagSlugs() {
        GuideCategory category = new GuideCategoryImpl();
        category.setSlug("running");
        GuideTag tag = new GuideTagImpl();
        tag.setSlug("waterproof");
        Date publishAt = new Date(1_700_000_000_000L);
        Guide guide = new GuideImpl();
        guide.setId(42L);
        guide.setTitle("Title");
        guide.setSlug("title");
        guide.setLocale("es");
        guide.setSummary("Summary");
        guide.setBody("<p>Body</p>");
        guide.setCategory(category);
        guide.getTags().add(tag);
        guide.setStatus(GuideStatus.SCHEDULED);
        guide.setPublishAt(publishAt);

        GuideDocument document = GuideDocuments.of(guide);

        assertThat(document.getId()).isEqualTo(42L);
        assertThat(document.getSlug()).isEqualTo("title");
        assertThat(document.getLocale()).isEqualTo("es");
        assertThat(document.getTitle()).isEqualTo("Title");
        assertThat(document.getSummary()).isEqualTo("Summary");
        assertThat(document.getBodyHtml()).isEqualTo("<p>Body</p>");
        assertThat(document.getCategorySlug()).isEqualTo("running");
        assertThat(document.getTags()).containsExactly("waterproof");
        assertThat(document.isListed()).isTrue();
        assertThat(document.getPublishAt()).isEqualTo(publishAt);
    }

    @Test
    void draftsAndArchivedGuidesAreNotListedAndACategoryIsOptional() {
        Guide guide = new GuideImpl();
        guide.setId(1L);
        assertThat(GuideDocuments.of(guide).isListed()).isFalse();
        assertThat(GuideDocuments.of(guide).getCategorySlug()).isNull();
        guide.setStatus(GuideStatus.ARCHIVED);
        assertThat(GuideDocuments.of(guide).isListed()).isFalse();
        guide.setStatus(GuideStatus.PUBLISHED);
        assertThat(GuideDocuments.of(guide).isListed()).isTrue();
    }
}
