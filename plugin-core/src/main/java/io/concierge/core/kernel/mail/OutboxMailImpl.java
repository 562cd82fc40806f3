package io.concierge.core.kernel.mail;

import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationClass;
import org.broadleafcommerce.common.presentation.client.SupportedFieldType;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Type;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.UniqueConstraint;

/**
 * JPA mapping of {@link OutboxMail}. Rows are written by {@link OutboxMailStore}'s SQL (an insert that yields to an
 * existing key, conditional claims and outcomes), never through entity changes, so that concurrent nodes can only
 * move a mail along the way the statements' conditions allow. Read-only in the admin.
 */
@Entity
@Table(name = OutboxMailImpl.TABLE,
        uniqueConstraints = @UniqueConstraint(name = "CNC_OUTBOX_MAIL_KEY", columnNames = "IDEMPOTENCY_KEY"))
@org.hibernate.annotations.Table(appliesTo = OutboxMailImpl.TABLE,
        indexes = @Index(name = "CNC_OUTBOX_MAIL_DUE", columnNames = {"STATUS", "NEXT_ATTEMPT_AT"}))
@AdminPresentationClass(friendlyName = "OutboxMailImpl_friendly")
public class OutboxMailImpl implements OutboxMail {

    private static final long serialVersionUID = 1L;

    static final String TABLE = "CNC_OUTBOX_MAIL";
    static final int MAX_KEY_LENGTH = 200;
    static final int MAX_RECIPIENT_LENGTH = 320;
    static final int MAX_SUBJECT_LENGTH = 500;

    @Id
    @GeneratedValue(generator = "OutboxMailId")
    @GenericGenerator(name = "OutboxMailId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "OutboxMailImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.kernel.mail.OutboxMailImpl")})
    @Column(name = "MAIL_ID")
    protected Long id;

    @Column(name = "RECIPIENT", nullable = false, length = MAX_RECIPIENT_LENGTH)
    @AdminPresentation(friendlyName = "OutboxMailImpl_recipient", order = 1, prominent = true, gridOrder = 2,
            readOnly = true)
    protected String recipient;

    @Column(name = "SUBJECT", nullable = false, length = MAX_SUBJECT_LENGTH)
    @AdminPresentation(friendlyName = "OutboxMailImpl_subject", order = 2, prominent = true, gridOrder = 3,
            readOnly = true)
    protected String subject;

    @Lob
    @Type(type = "org.hibernate.type.StringClobType")
    @Column(name = "HTML_BODY", length = Integer.MAX_VALUE - 1)
    @AdminPresentation(friendlyName = "OutboxMailImpl_htmlBody", order = 20, readOnly = true, largeEntry = true)
    protected String htmlBody;

    @Lob
    @Type(type = "org.hibernate.type.StringClobType")
    @Column(name = "TEXT_BODY", length = Integer.MAX_VALUE - 1)
    @AdminPresentation(friendlyName = "OutboxMailImpl_textBody", order = 21, readOnly = true, largeEntry = true)
    protected String textBody;

    @Column(name = "LOCALE", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "OutboxMailImpl_locale", order = 3, readOnly = true,
            fieldType = SupportedFieldType.BROADLEAF_ENUMERATION,
            broadleafEnumeration = "io.concierge.core.kernel.LanguageType")
    protected String locale;

    @Column(name = "IDEMPOTENCY_KEY", nullable = false, length = MAX_KEY_LENGTH)
    @AdminPresentation(friendlyName = "OutboxMailImpl_idempotencyKey", order = 4, readOnly = true)
    protected String idempotencyKey;

    @Column(name = "MESSAGE_ID", nullable = false, length = 300)
    @AdminPresentation(friendlyName = "OutboxMailImpl_messageId", order = 5, readOnly = true)
    protected String messageId;

    @Column(name = "STATUS", nullable = false, length = 10)
    @AdminPresentation(friendlyName = "OutboxMailImpl_status", order = 6, prominent = true, gridOrder = 1,
            readOnly = true)
    protected String status;

    @Column(name = "ATTEMPTS", nullable = false)
    @AdminPresentation(friendlyName = "OutboxMailImpl_attempts", order = 7, prominent = true, gridOrder = 5,
            readOnly = true)
    protected int attempts;

    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "OutboxMailImpl_nextAttemptAt", order = 8, readOnly = true)
    protected Date nextAttemptAt;

    @Column(name = "CLAIM_OWNER", length = 64)
    @AdminPresentation(friendlyName = "OutboxMailImpl_claimOwner", order = 9, readOnly = true)
    protected String claimOwner;

    @Column(name = "LEASE_EXPIRES_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "OutboxMailImpl_leaseExpiresAt", order = 10, readOnly = true)
    protected Date leaseExpiresAt;

    @Column(name = "LAST_ERROR", length = DeliveryFailure.MAX_REASON_LENGTH)
    @AdminPresentation(friendlyName = "OutboxMailImpl_lastError", order = 11, prominent = true, gridOrder = 6,
            readOnly = true)
    protected String lastError;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "OutboxMailImpl_createdAt", order = 12, prominent = true, gridOrder = 4,
            readOnly = true)
    protected Date createdAt;

    @Column(name = "SENT_AT")
    @Temporal(TemporalType.TIMESTAMP)
    @AdminPresentation(friendlyName = "OutboxMailImpl_sentAt", order = 13, readOnly = true)
    protected Date sentAt;

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getRecipient() {
        return recipient;
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public String getHtmlBody() {
        return htmlBody;
    }

    @Override
    public String getTextBody() {
        return textBody;
    }

    @Override
    public String getLocale() {
        return locale;
    }

    @Override
    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    @Override
    public String getMessageId() {
        return messageId;
    }

    @Override
    public OutboxStatus getStatus() {
        return status == null ? null : OutboxStatus.valueOf(status);
    }

    @Override
    public int getAttempts() {
        return attempts;
    }

    @Override
    public Date getNextAttemptAt() {
        return copy(nextAttemptAt);
    }

    @Override
    public String getClaimOwner() {
        return claimOwner;
    }

    @Override
    public Date getLeaseExpiresAt() {
        return copy(leaseExpiresAt);
    }

    @Override
    public String getLastError() {
        return lastError;
    }

    @Override
    public Date getCreatedAt() {
        return copy(createdAt);
    }

    @Override
    public Date getSentAt() {
        return copy(sentAt);
    }

    private static Date copy(Date date) {
        return date == null ? null : new Date(date.getTime());
    }
}
