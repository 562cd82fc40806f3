package io.concierge.core.kb;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class HelpfulnessReportTest {

    private final GuideHelpfulness loved = new GuideHelpfulness(1, "Loved", "loved", 9, 1);
    private final GuideHelpfulness lovedByMore = new GuideHelpfulness(2, "Loved by more", "loved-by-more", 18, 2);
    private final GuideHelpfulness split = new GuideHelpfulness(3, "Split", "split", 5, 5);
    private final GuideHelpfulness disliked = new GuideHelpfulness(4, "Disliked", "disliked", 1, 9);

    @Test
    void ranksByShareOfHelpfulVotesAndBreaksTiesByNumberOfVotes() {
        HelpfulnessReport report = HelpfulnessReport.rank(Arrays.asList(split, loved, disliked, lovedByMore), 10, 3,
                40, 20);

        assertThat(report.getMostHelpful()).extracting(GuideHelpfulness::getSlug)
                .containsExactly("loved-by-more", "loved", "split");
        assertThat(report.getLeastHelpful()).extracting(GuideHelpfulness::getSlug)
                .containsExactly("disliked", "split", "loved-by-more");
        assertThat(report.getRatedGuides()).isEqualTo(4);
        assertThat(report.getMinVotes()).isEqualTo(10);
        assertThat(report.getTotalHelpfulVotes()).isEqualTo(40);
        assertThat(report.getTotalUnhelpfulVotes()).isEqualTo(20);
    }

    @Test
    void givesTheShareOfHelpfulVotes() {
        assertThat(loved.getHelpfulRatio()).isEqualTo(0.9);
        assertThat(loved.getTotalVotes()).isEqualTo(10);
        assertThat(new GuideHelpfulness(5, "None", "none", 0, 0).getHelpfulRatio()).isZero();
    }

    @Test
    void anEmptyReportHasEmptyLists() {
        HelpfulnessReport report = HelpfulnessReport.rank(Arrays.<GuideHelpfulness>asList(), 5, 10, 0, 0);

        assertThat(report.getMostHelpful()).isEmpty();
        assertThat(report.getLeastHelpful()).isEmpty();
    }
}
