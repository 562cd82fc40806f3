package io.concierge.core.survey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyKindTest {

    @Test
    void npsGroupsZeroToSixAsDetractorsSevenAndEightAsPassivesNineAndTenAsPromoters() {
        assertThat(SurveyKind.NPS.scores()).hasSize(11).startsWith(0).endsWith(10);
        assertThat(SurveyKind.NPS.groupOf(0)).isEqualTo(ScoreGroup.DETRACTOR);
        assertThat(SurveyKind.NPS.groupOf(6)).isEqualTo(ScoreGroup.DETRACTOR);
        assertThat(SurveyKind.NPS.groupOf(7)).isEqualTo(ScoreGroup.PASSIVE);
        assertThat(SurveyKind.NPS.groupOf(8)).isEqualTo(ScoreGroup.PASSIVE);
        assertThat(SurveyKind.NPS.groupOf(9)).isEqualTo(ScoreGroup.PROMOTER);
        assertThat(SurveyKind.NPS.isOnScale(11)).isFalse();
        assertThat(SurveyKind.NPS.isOnScale(-1)).isFalse();
    }

    @Test
    void csatRunsFromOneToFiveWithThreeAsNeitherSide() {
        assertThat(SurveyKind.CSAT.scores()).containsExactly(1, 2, 3, 4, 5);
        assertThat(SurveyKind.CSAT.isOnScale(0)).isFalse();
        assertThat(SurveyKind.CSAT.groupOf(2)).isEqualTo(ScoreGroup.DETRACTOR);
        assertThat(SurveyKind.CSAT.groupOf(3)).isEqualTo(ScoreGroup.PASSIVE);
        assertThat(SurveyKind.CSAT.groupOf(4)).isEqualTo(ScoreGroup.PROMOTER);
    }
}
