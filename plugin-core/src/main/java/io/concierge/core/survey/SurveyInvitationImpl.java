package io.concierge.core.survey;

import org.hibernate.annotations.Index;

import java.io.Serializable;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * One order's invitation to one survey (CNC_SURVEY_INVITATION). Rows are written in sets by the dispatch's
 * {@code INSERT … SELECT}, so the database numbers them (an identity column); one per survey and order (the unique
 * key is what makes a second node's same insert fail instead of inviting twice).
 */
@Entity
@Table(name = "CNC_SURVEY_INVITATION",
        uniqueConstraints = @UniqueConstraint(name = "CNC_SURVEY_INVITATION_ORDER", columnNames = {"SURVEY_ID", "ORDER_ID"}))
public class SurveyInvitationImpl implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "INVITATION_ID")
    protected Long id;

    /** The dashboard counts a survey's invitations mailed in a period. */
    @Column(name = "SURVEY_ID", nullable = false)
    @Index(name = "CNC_SURVEY_INVITATION_MAILED", columnNames = {"SURVEY_ID", "SENT_AT"})
    protected Long surveyId;

    @Column(name = "ORDER_ID", nullable = false)
    protected Long orderId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    @Index(name = "CNC_SURVEY_INVITATION_CUSTOMER", columnNames = {"CUSTOMER_ID", "CREATED_AT"})
    protected Long customerId;

    @Column(name = "EMAIL", nullable = false, length = 255)
    protected String email;

    @Column(name = "LOCALE_CODE", length = 16)
    protected String localeCode;

    @Column(name = "STATUS", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    @Index(name = "CNC_SURVEY_INVITATION_STATUS")
    protected InvitationStatus status;

    /** When the order event that started the countdown happened. */
    @Column(name = "EVENT_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date eventAt;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date createdAt;

    @Column(name = "SENT_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date sentAt;

    @Column(name = "REMINDED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date remindedAt;

    public Long getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getEmail() {
        return email;
    }

    public String getLocaleCode() {
        return localeCode;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public Date getEventAt() {
        return eventAt;
    }

    public Date getCreatedAt() {
        return createdAt;
    }

    public Date getSentAt() {
        return sentAt;
    }

    public Date getRemindedAt() {
        return remindedAt;
    }

    void answered() {
        status = InvitationStatus.ANSWERED;
    }
}
