package io.concierge.core.kb;

import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class GuidePageTest {

    @Test
    void tellsAPagerWhereItStands() {
        GuidePage middle = new GuidePage(Collections.<Guide>singletonList(new GuideImpl()), 2, 10, 25);

        assertThat(middle.getTotalPages()).isEqualTo(3);
        assertThat(middle.isHasPrevious()).isTrue();
        assertThat(middle.isHasNext()).isTrue();
        assertThat(new GuidePage(Collections.<Guide>emptyList(), 3, 10, 30).isHasNext()).isFalse();
    }

    @Test
    void anEmptyListingHasOnePage() {
        GuidePage empty = GuidePage.empty(1, 12);

        assertThat(empty.getGuides()).isEmpty();
        assertThat(empty.getTotalPages()).isEqualTo(1);
        assertThat(empty.isHasNext()).isFalse();
        assertThat(empty.isHasPrevious()).isFalse();
    }
}
