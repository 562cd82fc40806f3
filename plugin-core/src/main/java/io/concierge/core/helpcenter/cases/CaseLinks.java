package io.concierge.core.helpcenter.cases;

import io.concierge.core.kernel.SignedTokens;
import io.concierge.core.kernel.StorefrontUrl;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * The links mailed with a case, {@code /help/cases/{number}?t={token}}: they open that case's thread without a
 * sign-in, for 180 days, until the case's links are revoked (the token signs the case number with the case's link
 * version). Made and checked with {@code concierge.cases.secret}, shared by storefront and admin; without it there
 * are no such links (mails then point to the sign-in and the contact page). Bean {@code cncCaseLinks}.
 */
public final class CaseLinks {

    private static final Log LOG = LogFactory.getLog(CaseLinks.class);

    public static final long LIFETIME_SECONDS = TimeUnit.DAYS.toSeconds(180);
    public static final String PATH = "/help/cases/";

    private final SignedTokens tokens;
    private final StorefrontUrl storefront;

    /**
     * @param secret blank for no links
     * @throws IllegalArgumentException when the secret is given but shorter than {@link SignedTokens#MIN_SECRET_LENGTH}
     */
    public CaseLinks(String secret, StorefrontUrl storefront) {
        boolean none = secret == null || secret.trim().isEmpty();
        if (none) {
            LOG.warn("concierge.cases.secret is not set: case mails carry no link to their thread");
        }
        this.tokens = none ? null : new SignedTokens(secret, "case-thread", LIFETIME_SECONDS);
        this.storefront = storefront;
    }

    /** @return the full link, for mails; null without a secret */
    public String link(SupportCase supportCase, Date now) {
        return tokens == null ? null
                : storefront.resolve(PATH + supportCase.getNumber() + "?t=" + tokens.issue(subject(supportCase), now));
    }

    public boolean opens(SupportCase supportCase, String token, Date now) {
        return tokens != null && supportCase != null && tokens.verify(subject(supportCase), token, now);
    }

    private static String subject(SupportCase supportCase) {
        return supportCase.getNumber() + "#" + supportCase.getLinkVersion();
    }
}
