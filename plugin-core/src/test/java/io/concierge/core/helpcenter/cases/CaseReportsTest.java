package io.concierge.core.helpcenter.cases;

import io.concierge.core.kernel.ReportWeeks;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseReportsTest {

    private static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");

    private static Date at(String instant) {
        return Date.from(java.time.Instant.parse(instant));
    }

    @Test
    void casesAreCountedPerReasonAndWeekInTheStoresTimeZoneWithTheWeeksMedianFirstResponsePerChannel() {
        List<Object[]> rows = Arrays.asList(
                new Object[] {"Late delivery", at("2026-11-16T12:00:00Z"), at("2026-11-16T13:00:00Z"), null},
                new Object[] {"Late delivery", at("2026-11-17T12:00:00Z"), at("2026-11-17T12:30:00Z"), "CASE_FORM"},
                new Object[] {"Damaged item", at("2026-11-18T12:00:00Z"), null, "CASE_FORM"},
                // Monday 01:00 UTC is still Sunday in São Paulo: the week before the report, left out.
                new Object[] {"Damaged item", at("2026-11-16T01:00:00Z"), null, "WHATSAPP"},
                new Object[] {null, at("2026-11-24T12:00:00Z"), at("2026-11-24T14:00:00Z"), "CASE_FORM"},
                new Object[] {"Damaged item", at("2026-11-24T12:00:00Z"), at("2026-11-24T12:04:00Z"), "WHATSAPP"});
        List<Date> solved = Arrays.asList(at("2026-11-16T01:00:00Z"), at("2026-11-17T12:00:00Z"),
                at("2026-11-25T12:00:00Z"), at("2026-11-26T12:00:00Z"));

        CaseReport report = CaseReports.report(ReportWeeks.endingAt(at("2026-11-25T12:00:00Z"), 2, SAO_PAULO), rows,
                solved, 9);

        assertThat(report.getWeeks()).containsExactly("2026-11-16", "2026-11-23");
        assertThat(report.getCasesByReason()).containsOnlyKeys("Late delivery", "Damaged item", "");
        assertThat(report.getCasesByReason().get("Late delivery")).containsExactly(2, 0);
        assertThat(report.getCasesByReason().get("Damaged item")).containsExactly(1, 1);
        assertThat(report.getCasesByReason().get("")).containsExactly(0, 1);
        assertThat(report.getMedianFirstResponseMinutesByChannel()).containsOnlyKeys("CASE_FORM", "WHATSAPP");
        assertThat(report.getMedianFirstResponseMinutesByChannel().get("CASE_FORM")).as("a case without a channel"
                + " came by the case form").containsExactly(45, 120);
        assertThat(report.getMedianFirstResponseMinutesByChannel().get("WHATSAPP")).containsExactly(null, 4);
        assertThat(report.getAnswersThatSolvedByWeek()).as("the Sunday before is left out").containsExactly(1, 2);
        assertThat(report.getAnswersThatSolved()).isEqualTo(9);
    }
}
