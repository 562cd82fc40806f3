package io.concierge.core.guidance;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EmbeddedId;
import javax.persistence.Table;

/**
 * How many mined orders hold both products (CNC_GUIDANCE_PAIR_COUNT), the smaller product id first; a product paired
 * with itself counts the orders that hold it. Written by the miners with SQL only; mapped so the schema has it.
 */
@Entity
@Table(name = PairCountImpl.TABLE)
public class PairCountImpl implements Serializable {

    static final String TABLE = "CNC_GUIDANCE_PAIR_COUNT";
    /** The counts one run adds, merged into {@link #TABLE} and emptied in the same transaction. */
    static final String DELTA_TABLE = "CNC_GUIDANCE_PAIR_DELTA";

    private static final long serialVersionUID = 1L;

    /** The smaller product id, and the other one (the same for a product's own count). */
    @EmbeddedId
    protected ProductPairKey id;

    @Column(name = "ORDERS", nullable = false)
    protected Long orders;
}
