package io.concierge.core.guidance;

import io.concierge.core.testing.BroadleafContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import javax.annotation.Resource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tracking on the test database, with a second tracker standing for a second store node. */
@ExtendWith(BroadleafContextExtension.class)
class GuidanceTrackingIT {

    private static final TrackedRecommendation MEASURED = new TrackedRecommendation(GuidanceBlock.GOES_WELL_WITH,
            Reason.Kind.BOUGHT_TOGETHER, 1);
    private static final TrackedRecommendation SUBSTITUTE = new TrackedRecommendation(GuidanceBlock.CONSIDER_INSTEAD,
            Reason.Kind.ALTERNATIVE, 2);

    @Resource(name = "cncGuidanceTracking")
    GuidanceTracking nodeA;

    @Test
    void countsOfEveryNodeAddUpPerBlockAndLeadReason() {
        GuidanceTracking nodeB = new GuidanceTracking();
        BroadleafContextExtension.context().getAutowireCapableBeanFactory().autowireBean(nodeB);
        GuidanceReport.Line before = line(nodeA.report(LocalDate.now(), LocalDate.now()), MEASURED);

        for (int i = 0; i < 4; i++) {
            nodeA.record(MEASURED, GuidanceEvent.IMPRESSION);
            nodeB.record(MEASURED, GuidanceEvent.IMPRESSION);
        }
        nodeB.record(MEASURED, GuidanceEvent.CLICK);
        nodeB.record(MEASURED, GuidanceEvent.ADD_TO_CART);
        nodeA.record(SUBSTITUTE, GuidanceEvent.IMPRESSION);
        nodeB.flush();
        nodeA.flush();

        GuidanceReport report = nodeA.report(LocalDate.now().minusDays(6), LocalDate.now());
        GuidanceReport.Line measured = line(report, MEASURED);
        assertThat(measured.getImpressions() - before.getImpressions()).isEqualTo(8);
        assertThat(measured.getClicks() - before.getClicks()).isEqualTo(1);
        assertThat(measured.getAddsToCart() - before.getAddsToCart()).isEqualTo(1);
        assertThat(line(report, SUBSTITUTE).getImpressions()).isGreaterThanOrEqualTo(1);
        assertThat(report.getDays()).hasSize(7).endsWith(LocalDate.now().toString());
        assertThat(report.getPerDay().get("IMPRESSION")[6]).isGreaterThanOrEqualTo(9);
        assertThat(report.getPerDay().get("IMPRESSION")[0]).isZero();
    }

    private static GuidanceReport.Line line(GuidanceReport report, TrackedRecommendation recommendation) {
        return report.getLines().stream().filter(line -> line.getBlock().equals(recommendation.getBlock().code())
                && line.getReason().equals(recommendation.getReason().name())).findFirst().get();
    }
}
