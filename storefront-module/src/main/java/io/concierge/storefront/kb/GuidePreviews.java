package io.concierge.storefront.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuidePreviewTokens;
import io.concierge.core.kb.GuideService;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Date;

/**
 * Lets an editor see a draft or scheduled guide on the storefront through the signed link the admin gives out
 * ({@code /guides/{slug}?preview={token}}). Without a configured secret ({@code concierge.preview.secret}) no
 * preview link is ever accepted.
 */
public class GuidePreviews {

    private static final Log LOG = LogFactory.getLog(GuidePreviews.class);

    private final GuideService guideService;
    private final GuidePreviewTokens tokens;

    public GuidePreviews(GuideService guideService, String secret) {
        this.guideService = guideService;
        this.tokens = secret == null || secret.trim().isEmpty() ? null : new GuidePreviewTokens(secret);
        if (tokens == null) {
            LOG.warn("Guide previews are refused: concierge.preview.secret is not set (it must match the admin's)");
        }
    }

    /** The guide, whatever its status, when the token is valid for it now; otherwise null. */
    public Guide find(String slug, String token, Date now) {
        if (tokens == null || token == null || !tokens.verify(slug, token, now)) {
            return null;
        }
        return guideService.findBySlugForPreview(slug);
    }
}
