package io.concierge.core.helpcenter.cases;

import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.Index;
import org.hibernate.annotations.Parameter;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** JPA mapping of {@link CaseMessage}. */
@Entity
@Table(name = "CNC_CASE_MESSAGE")
public class CaseMessageImpl implements CaseMessage {

    /** Long enough for any letter; MariaDB keeps a row of it within its limits. */
    static final int MAX_BODY_LENGTH = 10000;

    @Id
    @GeneratedValue(generator = "CaseMessageId")
    @GenericGenerator(name = "CaseMessageId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "CaseMessageImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.cases.CaseMessageImpl")})
    @Column(name = "MESSAGE_ID")
    protected Long id;

    @Column(name = "CASE_ID", nullable = false)
    @Index(name = "CNC_CASE_MESSAGE_CASE")
    protected long caseId;

    @Column(name = "KIND", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    protected CaseMessageKind kind;

    @Column(name = "ADMIN_USER_ID")
    protected Long adminUserId;

    @Column(name = "BODY", nullable = false, length = MAX_BODY_LENGTH)
    protected String body;

    @Column(name = "WRITTEN_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date writtenAt;

    static CaseMessageImpl written(long caseId, CaseMessageKind kind, Long adminUserId, String body, Date at) {
        CaseMessageImpl message = new CaseMessageImpl();
        message.caseId = caseId;
        message.kind = kind;
        message.adminUserId = adminUserId;
        message.body = body;
        message.writtenAt = at;
        return message;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long getCaseId() {
        return caseId;
    }

    @Override
    public CaseMessageKind getKind() {
        return kind;
    }

    @Override
    public Long getAdminUserId() {
        return adminUserId;
    }

    @Override
    public String getBody() {
        return body;
    }

    @Override
    public Date getWrittenAt() {
        return writtenAt == null ? null : new Date(writtenAt.getTime());
    }
}
