package io.concierge.storefront.kb;

import io.concierge.core.kb.Guide;
import io.concierge.core.kb.GuidePreviewTokens;
import io.concierge.core.kb.GuideService;

import java.util.Date;

/**
 * Lets an editor see a draft or scheduled guide on the storefront through the signed link the admin gives out
 * ({@code /guides/{slug}?preview={token}}). Without a configured secret ({@code concierge.preview.secret}) no
 * preview link is ever accepted.
 */
public class GuidePreviews {

    private final GuideService guideService;
    private final GuidePreviewTokens tokens;

    public GuidePreviews(GuideService guideService, String secret) {
        this.guideService = guideService;
        this.tokens = secret == null || secret.trim().isEmpty() ? null : new GuidePreviewTokens(secret);
    }

    /** The guide, whatever its status, when the token is valid for it now; otherwise null. */
    public Guide find(String slug, String token, Date now) {
        if (tokens == null || token == null || !tokens.verify(slug, token, now)) {
            return null;
        }
        return guideService.findBySlugForPreview(slug);
    }
}
