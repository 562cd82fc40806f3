package io.concierge.core.helpcenter.cases;

import java.math.BigDecimal;

/** What one care agent may do from a case: the most any of their admin roles' {@link AgentLimit}s allows. */
public final class AgentPowers {

    static final AgentPowers NONE = new AgentPowers(BigDecimal.ZERO, BigDecimal.ZERO, false);

    private final BigDecimal maxGoodwill;
    private final BigDecimal maxRefund;
    private final boolean pastDeadline;

    AgentPowers(BigDecimal maxGoodwill, BigDecimal maxRefund, boolean pastDeadline) {
        this.maxGoodwill = maxGoodwill;
        this.maxRefund = maxRefund;
        this.pastDeadline = pastDeadline;
    }

    AgentPowers and(AgentLimit limit) {
        return new AgentPowers(maxGoodwill.max(limit.getMaxGoodwill()), maxRefund.max(limit.getMaxRefund()),
                pastDeadline || limit.isPastDeadline());
    }

    public BigDecimal getMaxGoodwill() {
        return maxGoodwill;
    }

    public BigDecimal getMaxRefund() {
        return maxRefund;
    }

    public boolean isPastDeadline() {
        return pastDeadline;
    }
}
