package io.concierge.core.helpcenter.cases;

import java.math.BigDecimal;

/** What one care agent may do from a case: the most any of their admin roles' {@link AgentLimit}s allows. */
public final class AgentPowers {

    static final AgentPowers NONE = new AgentPowers(BigDecimal.ZERO, false);

    private final BigDecimal maxGoodwill;
    private final boolean pastDeadline;

    AgentPowers(BigDecimal maxGoodwill, boolean pastDeadline) {
        this.maxGoodwill = maxGoodwill;
        this.pastDeadline = pastDeadline;
    }

    AgentPowers and(AgentLimit limit) {
        return new AgentPowers(maxGoodwill.max(limit.getMaxGoodwill()), pastDeadline || limit.isPastDeadline());
    }

    public BigDecimal getMaxGoodwill() {
        return maxGoodwill;
    }

    public boolean isPastDeadline() {
        return pastDeadline;
    }
}
