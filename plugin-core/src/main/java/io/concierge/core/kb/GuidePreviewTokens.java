package io.concierge.core.kb;

import io.concierge.core.kernel.SignedTokens;

import java.util.Date;

/**
 * Permissions to look at one guide whatever its status, for an hour: the admin hands an editor a storefront link
 * carrying such a token ({@code /guides/{slug}?preview={token}}), the storefront checks it before showing a draft or
 * a scheduled guide. Bound to the slug; made and checked with the secret shared by admin and storefront (property
 * {@code concierge.preview.secret}).
 */
public final class GuidePreviewTokens {

    public static final long LIFETIME_SECONDS = 60L * 60L;

    private final SignedTokens tokens;

    /**
     * @throws IllegalArgumentException when the secret is shorter than {@link SignedTokens#MIN_SECRET_LENGTH}
     */
    public GuidePreviewTokens(String secret) {
        this.tokens = new SignedTokens(secret, "guide-preview", LIFETIME_SECONDS);
    }

    /** A token for {@code slug} that {@link #verify} accepts for an hour from {@code now}. */
    public String create(String slug, Date now) {
        return tokens.issue(slug, now);
    }

    /** Whether {@code token} was made for this slug less than an hour before {@code now}. */
    public boolean verify(String slug, String token, Date now) {
        return tokens.verify(slug, token, now);
    }
}
