package io.concierge.core.guidance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrackedRecommendationTest {

    @Test
    void aTokenNamesTheBlockTheLeadReasonAndTheProduct() {
        TrackedRecommendation tracked = new TrackedRecommendation(GuidanceBlock.GOES_WELL_WITH,
                Reason.Kind.BOUGHT_TOGETHER, 1006);

        assertThat(tracked.token()).isEqualTo("goes-well-with.BOUGHT_TOGETHER.1006");
        TrackedRecommendation read = TrackedRecommendation.parse(tracked.token());
        assertThat(read.getBlock()).isEqualTo(GuidanceBlock.GOES_WELL_WITH);
        assertThat(read.getReason()).isEqualTo(Reason.Kind.BOUGHT_TOGETHER);
        assertThat(read.getProductId()).isEqualTo(1006);
    }

    @Test
    void anythingElseIsNoToken() {
        for (String token : new String[] {null, "", "goes-well-with.BOUGHT_TOGETHER", "elsewhere.MERCHANT.1",
                "consider-instead.CHEAPEST.1", "consider-instead.ALTERNATIVE.x", "consider-instead.ALTERNATIVE.1 ",
                "goes-well-with.MERCHANT.1234567890123456789"}) {
            assertThat(TrackedRecommendation.parse(token)).as(String.valueOf(token)).isNull();
        }
    }
}
