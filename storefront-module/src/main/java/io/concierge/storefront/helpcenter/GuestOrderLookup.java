package io.concierge.storefront.helpcenter;

import io.concierge.core.helpcenter.orders.BroadleafOrders;
import io.concierge.core.helpcenter.orders.OrderLookupLimits;
import io.concierge.core.kernel.RateLimitDecision;
import io.concierge.core.kernel.RateLimiter;
import org.broadleafcommerce.core.order.domain.Order;
import org.springframework.stereotype.Component;

import java.util.Locale;

import javax.annotation.Resource;

/**
 * A guest finds their order by its number and the e-mail address they ordered with. A wrong number and a wrong
 * e-mail are the same failure, so nobody learns which order numbers exist. Failures count against the client
 * address and the order number as typed ({@link OrderLookupLimits}); while either is used up, every lookup of it is
 * refused before the order is read, the right e-mail included. A success costs nothing. Bean
 * {@code cncGuestOrderLookup}.
 */
@Component("cncGuestOrderLookup")
public class GuestOrderLookup {

    @Resource(name = "cncRateLimiter")
    protected RateLimiter rateLimiter;

    @Resource(name = "cncOrderLookupLimits")
    protected OrderLookupLimits limits;

    @Resource(name = "cncOrderAccess")
    protected OrderAccess access;

    public Outcome lookUp(String orderNumber, String email, String clientAddress) {
        RateLimitDecision refusal = firstRefusal(
                rateLimiter.check(limits.failuresPerAddress(), clientAddress),
                rateLimiter.check(limits.failuresPerOrderNumber(), orderNumber));
        if (refusal != null) {
            return Outcome.refused(refusal.getRetryAfterMinutes());
        }
        Order order = access.placedOrder(orderNumber);
        if (order != null && orderedWith(order, email)) {
            return Outcome.found(order);
        }
        rateLimiter.tryAcquire(limits.failuresPerAddress(), clientAddress);
        rateLimiter.tryAcquire(limits.failuresPerOrderNumber(), orderNumber);
        return Outcome.notFound();
    }

    /** The longer wait when both are used up, else the one that is, else null. */
    private static RateLimitDecision firstRefusal(RateLimitDecision byAddress, RateLimitDecision byOrder) {
        if (byAddress.isAllowed()) {
            return byOrder.isAllowed() ? null : byOrder;
        }
        return byOrder.isAllowed() || byAddress.getRetryAfterSeconds() >= byOrder.getRetryAfterSeconds()
                ? byAddress : byOrder;
    }

    /**
     * Whether {@code email} is the order's e-mail address (or, for an order without one, its customer's), trimmed
     * and in any case.
     */
    static boolean orderedWith(Order order, String email) {
        String typed = normalized(email);
        if (typed.isEmpty()) {
            return false;
        }
        return typed.equals(normalized(BroadleafOrders.emailOf(order)));
    }

    private static String normalized(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Found (with the order), not found, or refused for some minutes. */
    public static final class Outcome {

        private final Order order;
        private final long retryAfterMinutes;

        private Outcome(Order order, long retryAfterMinutes) {
            this.order = order;
            this.retryAfterMinutes = retryAfterMinutes;
        }

        static Outcome found(Order order) {
            return new Outcome(order, 0);
        }

        static Outcome notFound() {
            return new Outcome(null, 0);
        }

        static Outcome refused(long retryAfterMinutes) {
            return new Outcome(null, retryAfterMinutes);
        }

        /** The order, when found; null otherwise. */
        public Order order() {
            return order;
        }

        public boolean isRefused() {
            return retryAfterMinutes > 0;
        }

        /** 0 unless refused. */
        public long retryAfterMinutes() {
            return retryAfterMinutes;
        }
    }
}
