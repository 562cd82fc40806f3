package io.concierge.core.survey;

import io.concierge.core.kernel.RateLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How many survey pages (clicks, follow-ups, unsubscribes) a client address may open within the window, from
 * Broadleaf runtime properties: a shopper clicks a few times, a script that guesses tokens is stopped.
 * Bean {@code cncSurveyLimits}.
 */
@Component("cncSurveyLimits")
public class SurveyLimits {

    private final RateLimit pagesPerAddress;

    @Autowired
    public SurveyLimits(@Value("${concierge.survey.maxPagesPerAddress:60}") int perAddress,
                        @Value("${concierge.survey.windowMinutes:10}") int windowMinutes) {
        pagesPerAddress = RateLimit.of("survey.page.address", perAddress, Duration.ofMinutes(windowMinutes));
    }

    public RateLimit pagesPerAddress() {
        return pagesPerAddress;
    }
}
