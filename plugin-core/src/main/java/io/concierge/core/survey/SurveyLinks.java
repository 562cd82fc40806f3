package io.concierge.core.survey;

import io.concierge.core.kernel.SignedTokens;
import io.concierge.core.kernel.StorefrontUrl;
import org.broadleafcommerce.common.web.BroadleafLocaleResolverImpl;

import java.util.Date;
import java.util.concurrent.TimeUnit;

/**
 * The links of an invitation mail, {@code /survey/{invitation}-{score}.{issued}.{signature}}: one per score, each
 * signed (HMAC-SHA256, {@code concierge.survey.secret}) for that invitation and score, valid
 * {@link #LIFETIME_DAYS} days; and the unsubscribe link, signed for the customer. A token names its invitation by
 * number and nothing else: no order, no customer, no address. Bean {@code cncSurveyLinks}.
 */
public final class SurveyLinks {

    public static final long LIFETIME_DAYS = 30;
    public static final String ANSWER_PATH = "/survey/";
    public static final String UNSUBSCRIBE_PATH = "/survey/unsubscribe/";

    private final SignedTokens answers;
    private final SignedTokens unsubscribes;
    private final StorefrontUrl storefront;

    /** @throws IllegalArgumentException when the secret is missing or too short: surveys cannot be sent without it */
    public SurveyLinks(String secret, StorefrontUrl storefront) {
        this.answers = new SignedTokens(secret, "survey-answer", TimeUnit.DAYS.toSeconds(LIFETIME_DAYS));
        this.unsubscribes = new SignedTokens(secret, "survey-unsubscribe", TimeUnit.DAYS.toSeconds(365));
        this.storefront = storefront;
    }

    /** The path token of one score's link. */
    public String answerToken(long invitationId, int score, Date now) {
        String subject = invitationId + "-" + score;
        return subject + "." + answers.issue(subject, now);
    }

    /** A score's link; the page it opens speaks the order's language ({@code localeCode}, e.g. pt_BR; may be null). */
    public String answerLink(long invitationId, int score, String localeCode, Date now) {
        return storefront.resolve(ANSWER_PATH + answerToken(invitationId, score, now)) + inLanguage(localeCode);
    }

    public String unsubscribeLink(long customerId, String localeCode, Date now) {
        String subject = String.valueOf(customerId);
        return storefront.resolve(UNSUBSCRIBE_PATH + subject + "." + unsubscribes.issue(subject, now))
                + inLanguage(localeCode);
    }

    /** Broadleaf's locale parameter, which the storefront then keeps for the session. */
    private static String inLanguage(String localeCode) {
        return localeCode != null && localeCode.matches("[a-z]{2}(_[A-Z]{2})?")
                ? "?" + BroadleafLocaleResolverImpl.LOCALE_CODE_PARAM + "=" + localeCode : "";
    }

    /** @return the invitation and score a valid, unexpired token was made for; null for anything else */
    public Clicked answerOf(String token, Date now) {
        String[] parts = split(token);
        if (parts == null || !parts[0].matches("[0-9]{1,18}-[0-9]{1,2}") || !answers.verify(parts[0], parts[1], now)) {
            return null;
        }
        int dash = parts[0].indexOf('-');
        return new Clicked(Long.parseLong(parts[0].substring(0, dash)), Integer.parseInt(parts[0].substring(dash + 1)));
    }

    /** @return the customer a valid unsubscribe token was made for; null for anything else */
    public Long unsubscriberOf(String token, Date now) {
        String[] parts = split(token);
        return parts == null || !parts[0].matches("[0-9]{1,18}") || !unsubscribes.verify(parts[0], parts[1], now)
                ? null : Long.valueOf(parts[0]);
    }

    /** "subject.issued.signature" to the subject and the signed token. */
    private static String[] split(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        return dot <= 0 ? null : new String[] {token.substring(0, dot), token.substring(dot + 1)};
    }

    /** What a link's token says: the invitation, and the score it records. */
    public static final class Clicked {
        private final long invitationId;
        private final int score;

        Clicked(long invitationId, int score) {
            this.invitationId = invitationId;
            this.score = score;
        }

        public long invitationId() {
            return invitationId;
        }

        public int score() {
            return score;
        }
    }
}
