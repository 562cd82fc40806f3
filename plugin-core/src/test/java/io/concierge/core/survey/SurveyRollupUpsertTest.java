package io.concierge.core.survey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rollup's upsert in each database's words: it adds the new counts to the stored ones, never replaces them. */
class SurveyRollupUpsertTest {

    private static final String SELECT = "SELECT 1, 'TOTAL', CURRENT_DATE, '', 'PROMOTER', 0, 1, 9";

    @Test
    void eachDatabaseIsKnownByItsProductName() {
        assertThat(SurveyRollup.Upsert.of("PostgreSQL")).isEqualTo(SurveyRollup.Upsert.POSTGRESQL);
        assertThat(SurveyRollup.Upsert.of("MariaDB")).isEqualTo(SurveyRollup.Upsert.MYSQL);
        assertThat(SurveyRollup.Upsert.of("MySQL")).isEqualTo(SurveyRollup.Upsert.MYSQL);
        assertThat(SurveyRollup.Upsert.of("HSQL Database Engine")).isEqualTo(SurveyRollup.Upsert.MERGE);
        assertThat(SurveyRollup.Upsert.of(null)).isEqualTo(SurveyRollup.Upsert.MERGE);
    }

    @Test
    void theUpsertAddsToTheStoredCounts() {
        assertThat(SurveyRollup.Upsert.POSTGRESQL.statement(SELECT, " ORDER BY 3"))
                .startsWith("INSERT INTO CNC_SURVEY_DAY_COUNT (").contains(SELECT + " ORDER BY 3 ON CONFLICT (")
                .endsWith("DO UPDATE SET ANSWERS = CNC_SURVEY_DAY_COUNT.ANSWERS + EXCLUDED.ANSWERS,"
                        + " SCORE_SUM = CNC_SURVEY_DAY_COUNT.SCORE_SUM + EXCLUDED.SCORE_SUM");
        assertThat(SurveyRollup.Upsert.MYSQL.statement(SELECT, " ORDER BY 3"))
                .contains(SELECT + " ORDER BY 3 ON DUPLICATE KEY UPDATE")
                .endsWith("ANSWERS = CNC_SURVEY_DAY_COUNT.ANSWERS + VALUES(ANSWERS),"
                        + " SCORE_SUM = CNC_SURVEY_DAY_COUNT.SCORE_SUM + VALUES(SCORE_SUM)");
        assertThat(SurveyRollup.Upsert.MERGE.statement(SELECT, " ORDER BY 3"))
                .startsWith("MERGE INTO CNC_SURVEY_DAY_COUNT t USING (" + SELECT + ") n (")
                .contains("WHEN MATCHED THEN UPDATE SET t.ANSWERS = t.ANSWERS + n.ANSWERS")
                .doesNotContain("ORDER BY");
    }
}
