package io.concierge.core.survey;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.util.Date;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EmbeddedId;
import javax.persistence.Entity;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The survey dashboard's rollup (CNC_SURVEY_DAY_COUNT): per survey, kind of slice ({@link SurveyRollup.Slice}: all
 * answers, a product, a category, a carrier, self-service, a segment of another capability, a reason, and the
 * invitations mailed and answered), day, slice label, score group and reason, how many answers fell there and what
 * their scores add up to. {@link SurveyRollup} writes it in the transaction that records or edits an answer; the
 * dashboard reads a period's few thousand rows instead of its answers. Mapped only so that Hibernate creates the
 * table with the schema; the SQL reads and writes it.
 */
@Entity
@Table(name = SurveyDayCountImpl.TABLE)
@org.hibernate.annotations.Table(appliesTo = SurveyDayCountImpl.TABLE, indexes = @Index(
        name = "CNC_SURVEY_DAY_COUNT_VIEW", columnNames = {"SURVEY_ID", "SLICE_KIND", "COUNT_DAY"}))
public class SurveyDayCountImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "CNC_SURVEY_DAY_COUNT";
    static final int LABEL_LENGTH = 255;

    /** An embedded id: Broadleaf's id checks at start expect every entity's id to be one field. */
    @EmbeddedId
    protected Key key;

    @Column(name = "ANSWERS", nullable = false)
    protected long answers;

    @Column(name = "SCORE_SUM", nullable = false)
    protected long scoreSum;

    /** Where the counts belong; every column is part of it (no nulls: '' and 0 stand for "none"). */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "SURVEY_ID", nullable = false)
        protected Long surveyId;

        @Column(name = "SLICE_KIND", nullable = false, length = 32)
        protected String sliceKind;

        /** The database's calendar day of the answer (of the mail, for the invitations' slices). */
        @Column(name = "COUNT_DAY", nullable = false)
        @Temporal(TemporalType.DATE)
        protected Date countDay;

        @Column(name = "SLICE_LABEL", nullable = false, length = LABEL_LENGTH)
        protected String sliceLabel;

        @Column(name = "SCORE_GROUP", nullable = false, length = 16)
        protected String scoreGroup;

        @Column(name = "REASON_ID", nullable = false)
        protected Long reasonId;

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Key)) {
                return false;
            }
            Key key = (Key) other;
            return Objects.equals(surveyId, key.surveyId) && Objects.equals(sliceKind, key.sliceKind)
                    && Objects.equals(countDay, key.countDay) && Objects.equals(sliceLabel, key.sliceLabel)
                    && Objects.equals(scoreGroup, key.scoreGroup) && Objects.equals(reasonId, key.reasonId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(surveyId, sliceKind, countDay, sliceLabel, scoreGroup, reasonId);
        }
    }
}
