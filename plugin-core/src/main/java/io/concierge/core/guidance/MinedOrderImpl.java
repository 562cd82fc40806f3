package io.concierge.core.guidance;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * A placed order submitted after the mining watermark whose basket is in the counts, and the run that counted it
 * (CNC_GUIDANCE_MINED_ORDER): the exceptions to the watermark ({@link MiningStateImpl#getWatermark()}). Every placed
 * order submitted at or before the watermark is counted; an incremental run takes the placed orders submitted after
 * it that are not listed here. Neither "ids above the last mined one" (Broadleaf numbers an order when its cart is
 * made, so a cart placed late has a smaller id) nor "submitted after the last one" (submit dates may be equal, and an
 * order may commit a moment after its submit date) would do; a run moves the watermark to
 * {@code concierge.guidance.mining.settleMinutes} before its start and forgets the rows it covers, so the list
 * holds only the last minutes' orders, not the whole history.
 */
@Entity
@Table(name = MinedOrderImpl.TABLE)
public class MinedOrderImpl implements Serializable {

    static final String TABLE = "CNC_GUIDANCE_MINED_ORDER";

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ORDER_ID")
    protected Long orderId;

    @Column(name = "RUN_NUMBER", nullable = false)
    protected Long runNumber;

    /** The order's submit date, so that the rows the watermark comes to cover are forgotten without a join. */
    @Column(name = "SUBMIT_DATE")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date submitDate;
}
