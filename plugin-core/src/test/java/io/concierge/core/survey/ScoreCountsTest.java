package io.concierge.core.survey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreCountsTest {

    @Test
    void npsIsThePromotersShareLessTheDetractorsShare() {
        // 2 detractors (3, 6), 1 passive (8), 3 promoters (9, 10, 10): 50 % - 33.3 % = 16.7
        ScoreCounts counts = new ScoreCounts("all", 2, 1, 3, 3 + 6 + 8 + 9 + 10 + 10);

        assertThat(counts.index(SurveyKind.NPS)).isEqualTo(16.7);
        assertThat(counts.getAverageScore()).isEqualTo(7.7);
        assertThat(counts.getAnswers()).isEqualTo(6);
    }

    @Test
    void csatIsTheSatisfiedShare() {
        ScoreCounts counts = new ScoreCounts("all", 1, 1, 2, 2 + 3 + 4 + 5);

        assertThat(counts.index(SurveyKind.CSAT)).isEqualTo(50.0);
    }

    @Test
    void withoutAnswersThereIsNoIndex() {
        ScoreCounts none = new ScoreCounts("none", 0, 0, 0, 0);

        assertThat(none.index(SurveyKind.NPS)).isNull();
        assertThat(none.getAverageScore()).isNull();
        assertThat(none.plus(new ScoreCounts("x", 0, 0, 1, 10)).index(SurveyKind.NPS)).isEqualTo(100.0);
    }
}
