package io.concierge.admin.kb;

import io.concierge.core.kb.GuidePreviewTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * Storefront links that let an editor look at a guide whatever its status: {@code {storefront}/guides/{slug}
 * ?preview={token}}, signed with {@link GuidePreviewTokens} and valid for {@link #VALIDITY_MILLIS}. Configured by
 * the properties {@code concierge.preview.secret} (shared with the storefront, which verifies the token; without
 * it previews are off) and {@code concierge.storefront.url}.
 */
@Component("cncGuidePreviewLinks")
public class GuidePreviewLinks {

    public static final long VALIDITY_MILLIS = 60L * 60L * 1000L;

    private final GuidePreviewTokens tokens;
    private final String storefrontUrl;

    /**
     * @throws IllegalArgumentException at start-up when a secret is set but too short to sign with
     */
    @Autowired
    public GuidePreviewLinks(@Value("${concierge.preview.secret:}") String secret,
                             @Value("${concierge.storefront.url:http://127.0.0.1:8080}") String storefrontUrl) {
        this.tokens = secret == null || secret.trim().isEmpty() ? null : new GuidePreviewTokens(secret);
        String url = storefrontUrl == null || storefrontUrl.trim().isEmpty() ? "http://127.0.0.1:8080"
                : storefrontUrl.trim();
        this.storefrontUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
        String token = tokens.create(slug, new Date(now.getTime() + VALIDITY_MILLIS));
        return storefrontUrl + "/guides/" + slug + "?preview=" + token;
    }
}
