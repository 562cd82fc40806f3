package io.concierge.core.guidance;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** The store's one row about mining (CNC_GUIDANCE_MINING): the last run, how it went and what it counted. */
@Entity
@Table(name = "CNC_GUIDANCE_MINING")
public class MiningStateImpl implements Serializable {

    static final long STORE_ROW_ID = -1L;

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "MINING_ID")
    protected Long id = STORE_ROW_ID;

    @Column(name = "RUN_NUMBER", nullable = false)
    protected Long runNumber = 0L;

    @Column(name = "TOTAL_ORDERS", nullable = false)
    protected Long totalOrders = 0L;

    @Column(name = "RULES", nullable = false)
    protected Long rules = 0L;

    @Column(name = "MINED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date minedAt;

    @Column(name = "FULL_MINED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date fullMinedAt;

    /**
     * Every placed order submitted at or before it is in the counts (those submitted after it that are counted are
     * listed in {@link MinedOrderImpl}); null before the first run and on a store upgraded from a version that listed
     * every order, whose next run is then a full one.
     */
    @Column(name = "WATERMARK")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date watermark;

    /** {@link MiningPath} of the last run. */
    @Column(name = "PATH", length = 16)
    protected String path;

    @Column(name = "DURATION_MILLIS")
    protected Long durationMillis;

    public long getRunNumber() {
        return runNumber;
    }

    public long getTotalOrders() {
        return totalOrders;
    }

    public long getRules() {
        return rules;
    }

    public Date getMinedAt() {
        return minedAt;
    }

    public Date getFullMinedAt() {
        return fullMinedAt;
    }

    public Date getWatermark() {
        return watermark;
    }

    public String getPath() {
        return path;
    }

    public Long getDurationMillis() {
        return durationMillis;
    }
}
