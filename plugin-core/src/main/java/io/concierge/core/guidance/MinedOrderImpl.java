package io.concierge.core.guidance;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A placed order whose basket is in the counts, and the run that counted it (CNC_GUIDANCE_MINED_ORDER). An
 * incremental run takes the placed orders not listed here: Broadleaf numbers an order when its cart is made, not
 * when it is placed, so "ids above the last mined one" would miss carts that were placed late.
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
}
