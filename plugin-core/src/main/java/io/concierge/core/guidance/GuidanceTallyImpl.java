package io.concierge.core.guidance;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;

/** How often an event happened on a day, per block and lead reason (CNC_GUIDANCE_TALLY): what guidance does. */
@Entity
@Table(name = GuidanceTallyImpl.TABLE)
public class GuidanceTallyImpl implements Serializable {

    static final String TABLE = "CNC_GUIDANCE_TALLY";

    private static final long serialVersionUID = 1L;

    @EmbeddedId
    protected TallyKey id;

    @Column(name = "TIMES", nullable = false)
    protected Long times;

    public GuidanceTallyImpl() {
    }

    GuidanceTallyImpl(TallyKey id, long times) {
        this.id = id;
        this.times = times;
    }

    public TallyKey getId() {
        return id;
    }

    public long getTimes() {
        return times;
    }
}
