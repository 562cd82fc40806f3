package io.concierge.core.guidance;

/** What one mining run did. */
public final class MiningReport {

    private final boolean full;
    private final MiningPath path;
    private final long newOrders;
    private final long totalOrders;
    private final long rules;
    private final long durationMillis;
    private final String phases;

    MiningReport(boolean full, MiningPath path, long newOrders, long totalOrders, long rules, long durationMillis,
                 String phases) {
        this.full = full;
        this.path = path;
        this.newOrders = newOrders;
        this.totalOrders = totalOrders;
        this.rules = rules;
        this.durationMillis = durationMillis;
        this.phases = phases;
    }

    public boolean isFull() {
        return full;
    }

    public MiningPath getPath() {
        return path;
    }

    /** Orders this run counted for the first time. */
    public long getNewOrders() {
        return newOrders;
    }

    public long getTotalOrders() {
        return totalOrders;
    }

    public long getRules() {
        return rules;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    /** The run's phases with their times, as "listing 120 ms, counting 800 ms": where a run's time goes. */
    public String getPhases() {
        return phases;
    }

    @Override
    public String toString() {
        return (full ? "full" : "incremental") + " mining (" + path + "): " + newOrders + " new orders, "
                + totalOrders + " in all, " + rules + " rules in " + durationMillis + " ms (" + phases + ")";
    }
}
