package io.concierge.core.helpcenter.orders;

import io.concierge.core.kernel.RateLimit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * How many failed guest order lookups (order number and e-mail that do not belong together) a client address and an
 * order number may have within the window before lookups are refused, from Broadleaf runtime properties. The limit
 * per order number stops guessing the e-mail of one order from many addresses; the one per address, guessing across
 * orders. Bean {@code cncOrderLookupLimits}.
 */
@Component("cncOrderLookupLimits")
public class OrderLookupLimits {

    private final RateLimit failuresPerAddress;
    private final RateLimit failuresPerOrderNumber;

    @Autowired
    public OrderLookupLimits(@Value("${concierge.helpcenter.lookup.maxFailuresPerAddress:20}") int perAddress,
                             @Value("${concierge.helpcenter.lookup.maxFailuresPerOrder:5}") int perOrderNumber,
                             @Value("${concierge.helpcenter.lookup.windowMinutes:15}") int windowMinutes) {
        failuresPerAddress = RateLimit.of("helpcenter.lookup.address", perAddress, Duration.ofMinutes(windowMinutes));
        failuresPerOrderNumber = RateLimit.of("helpcenter.lookup.order", perOrderNumber, Duration.ofMinutes(windowMinutes));
    }

    /** Failed lookups per client address, over all order numbers. */
    public RateLimit failuresPerAddress() {
        return failuresPerAddress;
    }

    /** Failed lookups per order number as typed (existing or not), from any address. */
    public RateLimit failuresPerOrderNumber() {
        return failuresPerOrderNumber;
    }
}
