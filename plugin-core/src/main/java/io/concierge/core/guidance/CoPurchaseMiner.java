package io.concierge.core.guidance;

import java.util.Date;
import java.util.List;

/**
 * One way of counting a run's baskets into CNC_GUIDANCE_PAIR_COUNT and rewriting CNC_GUIDANCE_RULE from the counts.
 * Runs inside the mining run's transaction, after the run's orders are listed in CNC_GUIDANCE_MINED_ORDER.
 */
interface CoPurchaseMiner {

    /**
     * @param orderLines  the queries of the run's order lines ({@link MiningSql#orderLinesOfRun})
     * @param full        whether the run counts every placed order anew (the counts were emptied before): then there
     *                    are no stored counts to add to
     * @param totalOrders the orders in the counts once this run's are added
     */
    void mine(MiningSql sql, List<String> orderLines, boolean full, long totalOrders, RuleThresholds thresholds,
              Date computedAt);
}
