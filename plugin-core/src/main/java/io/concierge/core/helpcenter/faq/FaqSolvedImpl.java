package io.concierge.core.helpcenter.faq;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * One "this solved it" of an FAQ answer, with its time (CNC_FAQ_SOLVED): the case reports count the contacts the
 * answers avoided week by week. The entry's own counter ({@code SOLVED_COUNT}) keeps the all-time total.
 */
@Entity
@Table(name = "CNC_FAQ_SOLVED")
public class FaqSolvedImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "FaqSolvedId")
    @GenericGenerator(name = "FaqSolvedId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "FaqSolvedImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.faq.FaqSolvedImpl")})
    @Column(name = "SOLVED_ID")
    protected Long id;

    @Column(name = "FAQ_ID", nullable = false)
    protected Long entryId;

    @Column(name = "SOLVED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @Index(name = "CNC_FAQ_SOLVED_AT")
    protected Date solvedAt;

    public FaqSolvedImpl() {
    }

    FaqSolvedImpl(long entryId, Date solvedAt) {
        this.entryId = entryId;
        this.solvedAt = solvedAt;
    }
}
