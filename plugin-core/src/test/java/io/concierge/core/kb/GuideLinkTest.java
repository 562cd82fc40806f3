package io.concierge.core.kb;

import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class GuideLinkTest {

    private final Date published = new Date(1_000_000L);

    @Test
    void aGuideEditedAfterItsPublicationChangedAtTheEdit() {
        Date edited = new Date(2_000_000L);

        assertThat(new GuideLink("s", published, edited).getLastModified()).isEqualTo(edited);
    }

    @Test
    void aGuideScheduledAfterItsLastEditChangedAtItsPublication() {
        Date edited = new Date(500_000L);

        assertThat(new GuideLink("s", published, edited).getLastModified()).isEqualTo(published);
        assertThat(new GuideLink("s", published, null).getLastModified()).isEqualTo(published);
    }
}
