package io.concierge.core.helpcenter.cases;

import io.concierge.core.kernel.RateLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How many times a client address may send the case form (filed or not) within the window, from Broadleaf runtime
 * properties: enough for a real shopper, too few to flood the inbox or to guess which e-mail goes with an order.
 * Bean {@code cncCaseLimits}.
 */
@Component("cncCaseLimits")
public class CaseLimits {

    private final RateLimit formsPerAddress;

    @Autowired
    public CaseLimits(@Value("${concierge.helpcenter.cases.maxFormsPerAddress:10}") int perAddress,
                      @Value("${concierge.helpcenter.cases.windowMinutes:60}") int windowMinutes) {
        formsPerAddress = RateLimit.of("helpcenter.case.address", perAddress, Duration.ofMinutes(windowMinutes));
    }

    public RateLimit formsPerAddress() {
        return formsPerAddress;
    }
}
