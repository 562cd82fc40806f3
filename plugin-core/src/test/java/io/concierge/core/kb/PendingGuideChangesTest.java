package io.concierge.core.kb;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class PendingGuideChangesTest {

    @Test
    void aGuideSavedSeveralTimesIsResentOnce() {
        PendingGuideChanges changes = new PendingGuideChanges();
        changes.guideSaved(1L);
        changes.guideSaved(2L);
        changes.guideSaved(1L);

        assertThat(changes.guidesToResend(Collections.<Long>emptyList())).containsExactly(1L, 2L);
        assertThat(changes.getDeletedGuideIds()).isEmpty();
    }

    @Test
    void aDeletedGuideStaysDeletedWhateverIsReportedAfter() {
        PendingGuideChanges changes = new PendingGuideChanges();
        changes.guideSaved(1L);
        changes.guideDeleted(1L);
        changes.guideSaved(1L);

        assertThat(changes.guidesToResend(Arrays.asList(1L, 2L))).containsExactly(2L);
        assertThat(changes.getDeletedGuideIds()).containsExactly(1L);
    }

    @Test
    void changedCategoriesAndTagsStandForTheirGuides() {
        PendingGuideChanges changes = new PendingGuideChanges();
        assertThat(changes.isEmpty()).isTrue();
        changes.categorySaved(10L);
        changes.tagSaved(20L);
        changes.guideSaved(1L);

        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.getCategoryIds()).containsExactly(10L);
        assertThat(changes.getTagIds()).containsExactly(20L);
        assertThat(changes.guidesToResend(Arrays.asList(3L, 1L))).containsExactly(1L, 3L);
    }
}
