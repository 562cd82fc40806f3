package io.concierge.core.guidance;

import java.io.Serializable;
import java.util.Date;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A day's count of one event in one block for one lead reason. */
@Embeddable
public class TallyKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "DAY", nullable = false)
    @Temporal(TemporalType.DATE)
    protected Date day;

    @Column(name = "BLOCK", nullable = false, length = 20)
    protected String block;

    @Column(name = "REASON", nullable = false, length = 20)
    protected String reason;

    @Column(name = "EVENT", nullable = false, length = 20)
    protected String event;

    public TallyKey() {
    }

    TallyKey(Date day, GuidanceBlock block, Reason.Kind reason, GuidanceEvent event) {
        this.day = day;
        this.block = block.code();
        this.reason = reason.name();
        this.event = event.name();
    }

    public Date getDay() {
        return day;
    }

    public String getBlock() {
        return block;
    }

    public String getReason() {
        return reason;
    }

    public String getEvent() {
        return event;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TallyKey)) {
            return false;
        }
        TallyKey key = (TallyKey) other;
        return Objects.equals(day, key.day) && Objects.equals(block, key.block) && Objects.equals(reason, key.reason)
                && Objects.equals(event, key.event);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, block, reason, event);
    }
}
