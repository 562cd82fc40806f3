package io.concierge.admin.kb;

import io.concierge.core.kb.GuidePreviewTokens;
import io.concierge.core.kernel.StorefrontUrl;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GuidePreviewLinksTest {

    private static final String SECRET = "preview-secret-for-tests";
    private static final Date NOW = new Date(1_700_000_000_000L);

    @Test
    void linksToTheStorefrontsGuidePageWithATokenTheStorefrontAcceptsForAnHour() {
        GuidePreviewLinks links = new GuidePreviewLinks(SECRET, new StorefrontUrl("https://shop.example.com/"));

        String link = links.linkFor("tent-care", NOW);

        assertThat(link).startsWith("https://shop.example.com/guides/tent-care?preview=");
        String token = link.substring(link.indexOf("?preview=") + "?preview=".length());
        GuidePreviewTokens storefront = new GuidePreviewTokens(SECRET);
        assertThat(storefront.verify("tent-care", token, new Date(NOW.getTime() + 59 * 60 * 1000L))).isTrue();
        assertThat(storefront.verify("tent-care", token, new Date(NOW.getTime() + 60 * 60 * 1000L))).isFalse();
        assertThat(storefront.verify("boot-care", token, NOW)).isFalse();
    }

    @Test
    void isOffWithoutASecret() {
        GuidePreviewLinks links = new GuidePreviewLinks("", new StorefrontUrl("http://127.0.0.1:8080"));

        assertThat(links.isEnabled()).isFalse();
        assertThatThrownBy(() -> links.linkFor("tent-care", NOW)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("concierge.preview.secret");
        assertThat(new GuidePreviewLinks(null, new StorefrontUrl(null)).isEnabled()).isFalse();
    }

    @Test
    void refusesToStartWithASecretTooShortToSignWith() {
        assertThatThrownBy(() -> new GuidePreviewLinks("short", new StorefrontUrl(null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16 characters");
    }
}
