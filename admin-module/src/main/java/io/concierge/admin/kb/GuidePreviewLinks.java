package io.concierge.admin.kb;

import io.concierge.core.kb.GuidePreviewTokens;
import io.concierge.core.kernel.SignedTokens;
import io.concierge.core.kernel.StorefrontUrl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * Storefront links that let an editor look at a guide whatever its status: {@code {storefront}/guides/{slug}
 * ?preview={token}}, signed with {@link GuidePreviewTokens} and valid for an hour. Configured by
 * the properties {@code concierge.preview.secret} (shared with the storefront, which verifies the token; without
 * it previews are off) and the storefront's address ({@link StorefrontUrl}).
 */
@Component("cncGuidePreviewLinks")
public class GuidePreviewLinks {

    private static final Log LOG = LogFactory.getLog(GuidePreviewLinks.class);

    private final GuidePreviewTokens tokens;
    private final StorefrontUrl storefrontUrl;

    /**
     * @throws IllegalArgumentException at start-up when a secret is set but too short to sign with
     */
    @Autowired
    public GuidePreviewLinks(@Value("${concierge.preview.secret:}") String secret,
                             @Qualifier("cncStorefrontUrl") StorefrontUrl storefrontUrl) {
        this.tokens = secret == null || secret.trim().isEmpty() ? null : new GuidePreviewTokens(secret);
        this.storefrontUrl = storefrontUrl;
        if (tokens == null) {
            LOG.warn("Guide previews are off: set concierge.preview.secret (at least "
                    + SignedTokens.MIN_SECRET_LENGTH + " characters, the same on the storefront) to offer them");
        }
    }

    /** Whether a preview secret is configured. */
    public boolean isEnabled() {
        return tokens != null;
    }

    /** The storefront address of the guide's preview, valid for an hour from {@code now}. */
    public String linkFor(String slug, Date now) {
        if (tokens == null) {
            throw new IllegalStateException("guide previews need the property concierge.preview.secret");
        }
        String token = tokens.create(slug, now);
        return storefrontUrl.resolve("/guides/" + slug + "?preview=" + token);
    }
}
