package io.concierge.core.guidance;

import java.io.Serializable;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EmbeddedId;
import javax.persistence.Table;

/**
 * The pair counts of one SQL mining run before they are added to {@link PairCountImpl}'s table: MySQL and MariaDB
 * cannot update a table from a subquery over that same table, so the run's counts need a table of their own.
 */
@Entity
@Table(name = PairCountImpl.DELTA_TABLE)
public class PairCountDeltaImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The smaller product id, and the other one (the same for a product's own count). */
    @EmbeddedId
    protected ProductPairKey id;

    @Column(name = "ORDERS", nullable = false)
    protected Long orders;
}
