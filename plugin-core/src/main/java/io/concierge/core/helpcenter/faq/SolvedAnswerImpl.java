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
 * One "this solved it" of an answer offered before contact, an FAQ entry or a guide, with its time
 * (CNC_SOLVED_ANSWER): the case reports count the contacts the answers avoided, week by week.
 */
@Entity
@Table(name = "CNC_SOLVED_ANSWER")
public class SolvedAnswerImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(generator = "SolvedAnswerId")
    @GenericGenerator(name = "SolvedAnswerId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "SolvedAnswerImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.faq.SolvedAnswerImpl")})
    @Column(name = "SOLVED_ID")
    protected Long id;

    /** The search document's kind: {@code GuideDocument.FAQ} or {@code GuideDocument.GUIDE}. */
    @Column(name = "ANSWER_KIND", nullable = false, length = 16)
    protected String answerKind;

    @Column(name = "ANSWER_ID", nullable = false)
    protected Long answerId;

    @Column(name = "SOLVED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @Index(name = "CNC_SOLVED_ANSWER_AT")
    protected Date solvedAt;

    public SolvedAnswerImpl() {
    }

    SolvedAnswerImpl(String answerKind, long answerId, Date solvedAt) {
        this.answerKind = answerKind;
        this.answerId = answerId;
        this.solvedAt = solvedAt;
    }
}
