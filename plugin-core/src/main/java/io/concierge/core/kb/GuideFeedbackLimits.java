package io.concierge.core.kb;

import io.concierge.core.kernel.RateLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The limits that keep guide votes and views honest (see the storefront's guide pages), from Broadleaf runtime
 * properties. Bean {@code cncGuideFeedbackLimits}.
 */
@Component("cncGuideFeedbackLimits")
public class GuideFeedbackLimits {

    private final RateLimit votePerShopper;
    private final RateLimit votesPerAddress;
    private final RateLimit viewPerVisitor;
    private final RateLimit viewsPerAddress;

    @Autowired
    public GuideFeedbackLimits(@Value("${concierge.kb.votes.rememberDays:365}") int voteRememberDays,
                               @Value("${concierge.kb.votes.maxPerAddress:10}") int maxVotesPerAddress,
                               @Value("${concierge.kb.votes.windowMinutes:60}") int voteWindowMinutes,
                               @Value("${concierge.kb.views.intervalMinutes:30}") int viewIntervalMinutes,
                               @Value("${concierge.kb.views.maxPerAddress:20}") int maxViewsPerAddress) {
        votePerShopper = RateLimit.of("kb.vote.shopper", 1, Duration.ofDays(voteRememberDays));
        votesPerAddress = RateLimit.of("kb.vote.address", maxVotesPerAddress, Duration.ofMinutes(voteWindowMinutes));
        viewPerVisitor = RateLimit.of("kb.view.visitor", 1, Duration.ofMinutes(viewIntervalMinutes));
        viewsPerAddress = RateLimit.of("kb.view.address", maxViewsPerAddress, Duration.ofMinutes(viewIntervalMinutes));
    }

    /** One vote per guide and shopper (subject: guide id and shopper). */
    public RateLimit votePerShopper() {
        return votePerShopper;
    }

    /** Counted votes per client address, over all guides. */
    public RateLimit votesPerAddress() {
        return votesPerAddress;
    }

    /** One counted view per guide and visitor per interval. */
    public RateLimit viewPerVisitor() {
        return viewPerVisitor;
    }

    /** Counted views per guide and client address per interval (visitor ids can be made up). */
    public RateLimit viewsPerAddress() {
        return viewsPerAddress;
    }
}
