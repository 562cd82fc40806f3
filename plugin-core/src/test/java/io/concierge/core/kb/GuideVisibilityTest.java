package io.concierge.core.kb;

import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class GuideVisibilityTest {

    private final Date now = new Date(1_700_000_000_000L);
    private final Date earlier = new Date(now.getTime() - 1);
    private final Date later = new Date(now.getTime() + 1);

    @Test
    void aPublishedGuideIsVisibleFromItsPublishTimeOn() {
        assertThat(GuideVisibility.isVisible(GuideStatus.PUBLISHED, earlier, now)).isTrue();
        assertThat(GuideVisibility.isVisible(GuideStatus.PUBLISHED, now, now)).isTrue();
        assertThat(GuideVisibility.isVisible(GuideStatus.PUBLISHED, later, now)).isFalse();
    }

    @Test
    void aScheduledGuideAppearsByItselfOnceItsTimeHasCome() {
        Date publishAt = later;

        assertThat(GuideVisibility.isVisible(GuideStatus.SCHEDULED, publishAt, now)).isFalse();
        assertThat(GuideVisibility.isVisible(GuideStatus.SCHEDULED, publishAt, publishAt)).isTrue();
        assertThat(GuideVisibility.isVisible(GuideStatus.SCHEDULED, publishAt, new Date(publishAt.getTime() + 1)))
                .isTrue();
    }

    @Test
    void draftsAndArchivedGuidesAreNeverVisible() {
        assertThat(GuideVisibility.isVisible(GuideStatus.DRAFT, earlier, now)).isFalse();
        assertThat(GuideVisibility.isVisible(GuideStatus.ARCHIVED, earlier, now)).isFalse();
    }

    @Test
    void aGuideWithoutStatusOrPublishTimeIsNotVisible() {
        assertThat(GuideVisibility.isVisible(null, earlier, now)).isFalse();
        assertThat(GuideVisibility.isVisible(GuideStatus.SCHEDULED, null, now)).isFalse();
    }

    @Test
    void readsStatusAndPublishTimeOfAGuide() {
        Guide guide = new GuideImpl();
        guide.setStatus(GuideStatus.PUBLISHED);
        guide.setPublishAt(earlier);

        assertThat(GuideVisibility.isVisible(guide, now)).isTrue();
        guide.setStatus(GuideStatus.ARCHIVED);
        assertThat(GuideVisibility.isVisible(guide, now)).isFalse();
    }
}
