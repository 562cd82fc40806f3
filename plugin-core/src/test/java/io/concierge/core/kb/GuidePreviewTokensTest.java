package io.concierge.core.kb;

import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class GuidePreviewTokensTest {

    private static final String SECRET = "a-secret-of-sufficient-length";
    private static final Date NOON = new Date(1_700_000_000_000L);

    private final GuidePreviewTokens tokens = new GuidePreviewTokens(SECRET);

    @Test
    void aPreviewLinkOpensThatGuideForOneHour() {
        String token = tokens.create("waterproofing-your-tent", NOON);

        assertThat(tokens.verify("waterproofing-your-tent", token, new Date(NOON.getTime() + 3_599_000L))).isTrue();
        assertThat(tokens.verify("waterproofing-your-tent", token, new Date(NOON.getTime() + 3_600_000L))).isFalse();
        assertThat(tokens.verify("another-guide", token, NOON)).isFalse();
    }

    @Test
    void aTokenClaimingAFarFutureTimeIsRefused() {
        String until2100 = tokens.create("waterproofing-your-tent", new Date(4_102_444_800_000L));

        assertThat(tokens.verify("waterproofing-your-tent", until2100, NOON)).isFalse();
    }
}
