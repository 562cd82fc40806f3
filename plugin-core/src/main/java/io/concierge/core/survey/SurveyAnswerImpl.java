package io.concierge.core.survey;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.io.Serializable;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The answer to one invitation (CNC_SURVEY_ANSWER, one per invitation: the unique key is what records a click once,
 * whichever node takes it): the score the customer clicked, then what the follow-up asked for, editable until the
 * invitation's links expire.
 */
@Entity
@Table(name = "CNC_SURVEY_ANSWER")
public class SurveyAnswerImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_COMMENT_LENGTH = 2000;

    @Id
    @GeneratedValue(generator = "SurveyAnswerId")
    @GenericGenerator(name = "SurveyAnswerId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "SurveyAnswerImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.survey.SurveyAnswerImpl")})
    @Column(name = "ANSWER_ID")
    protected Long id;

    @Column(name = "INVITATION_ID", nullable = false, unique = true)
    protected Long invitationId;

    /** The dashboard reads a survey's answers by period: one index on both. */
    @Column(name = "SURVEY_ID", nullable = false)
    @Index(name = "CNC_SURVEY_ANSWER_PERIOD", columnNames = {"SURVEY_ID", "ANSWERED_AT"})
    protected Long surveyId;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "SCORE", nullable = false)
    protected int score;

    @Column(name = "SCORE_GROUP", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    protected ScoreGroup scoreGroup;

    /** The survey's reasons the customer ticked: rows of their own, so the dashboard counts them in SQL. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CNC_SURVEY_ANSWER_REASON", joinColumns = @JoinColumn(name = "ANSWER_ID"))
    @Column(name = "REASON_ID", nullable = false)
    protected Set<Long> reasonIds = new LinkedHashSet<Long>();

    @Column(name = "COMMENT_TEXT", length = MAX_COMMENT_LENGTH)
    protected String comment;

    /** The support case a detractor's answer opened. */
    @Column(name = "CASE_ID")
    protected Long caseId;

    @Column(name = "ANSWERED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date answeredAt;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    public SurveyAnswerImpl() {
    }

    static SurveyAnswerImpl clicked(SurveyInvitationImpl invitation, int score, ScoreGroup group, Date now) {
        SurveyAnswerImpl answer = new SurveyAnswerImpl();
        answer.invitationId = invitation.getId();
        answer.surveyId = invitation.getSurveyId();
        answer.orderId = invitation.getOrderId();
        answer.score = score;
        answer.scoreGroup = group;
        answer.answeredAt = now;
        answer.updatedAt = now;
        return answer;
    }

    void followUp(Set<Long> reasonIds, String comment, Date now) {
        this.reasonIds.clear();
        this.reasonIds.addAll(reasonIds);
        this.comment = comment;
        this.updatedAt = now;
    }

    void openedCase(long caseId) {
        this.caseId = caseId;
    }

    public Long getId() {
        return id;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public int getScore() {
        return score;
    }

    public ScoreGroup getScoreGroup() {
        return scoreGroup;
    }

    public Set<Long> getReasonIds() {
        return reasonIds;
    }

    public String getComment() {
        return comment;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Date getAnsweredAt() {
        return answeredAt;
    }
}
