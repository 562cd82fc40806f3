package io.concierge.admin.kb.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuideReportsControllerTest {

    @Test
    void acceptsWholeNumbersOfVotesFromOneToTheMaximum() {
        assertThat(GuideReportsController.parseMinVotes("1")).isEqualTo(1);
        assertThat(GuideReportsController.parseMinVotes(" 25 ")).isEqualTo(25);
        assertThat(GuideReportsController.parseMinVotes("1000")).isEqualTo(GuideReportsController.MAX_MIN_VOTES);
    }

    @Test
    void refusesEverythingElse() {
        assertThat(GuideReportsController.parseMinVotes(null)).isNull();
        assertThat(GuideReportsController.parseMinVotes("")).isNull();
        assertThat(GuideReportsController.parseMinVotes("0")).isNull();
        assertThat(GuideReportsController.parseMinVotes("1001")).isNull();
        assertThat(GuideReportsController.parseMinVotes("2.5")).isNull();
        assertThat(GuideReportsController.parseMinVotes("many")).isNull();
    }
}
