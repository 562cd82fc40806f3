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

/** JPA mapping of {@link SupportCase}. */
@Entity
@Table(name = "CNC_SUPPORT_CASE")
public class SupportCaseImpl implements SupportCase {

    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 255;
    static final int MAX_NAME_LENGTH = 200;
    static final String NUMBER_PREFIX = "C";

    @Id
    @GeneratedValue(generator = "SupportCaseId")
    @GenericGenerator(name = "SupportCaseId",
            strategy = "org.broadleafcommerce.common.persistence.IdOverrideTableGenerator",
            parameters = {
                    @Parameter(name = "segment_value", value = "SupportCaseImpl"),
                    @Parameter(name = "entity_name", value = "io.concierge.core.helpcenter.cases.SupportCaseImpl")})
    @Column(name = "CASE_ID")
    protected Long id;

    /** Set from the id once it is known; unique. */
    @Column(name = "CASE_NUMBER", unique = true, length = 32)
    protected String number;

    @Column(name = "CUSTOMER_ID")
    @Index(name = "CNC_CASE_CUSTOMER")
    protected Long customerId;

    @Column(name = "EMAIL", nullable = false, length = MAX_EMAIL_LENGTH)
    protected String email;

    @Column(name = "CUSTOMER_NAME", length = MAX_NAME_LENGTH)
    protected String name;

    @Column(name = "ORDER_ID")
    @Index(name = "CNC_CASE_ORDER")
    protected Long orderId;

    @Column(name = "REASON_ID")
    @Index(name = "CNC_CASE_BY_REASON")
    protected Long reasonId;

    @Column(name = "REASON_LABEL", length = 100)
    protected String reasonLabel;

    @Column(name = "SUBJECT", nullable = false, length = MAX_SUBJECT_LENGTH)
    protected String subject;

    @Column(name = "STATUS", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    @Index(name = "CNC_CASE_STATUS")
    protected CaseStatus status = CaseStatus.OPEN;

    @Column(name = "ASSIGNEE_ID")
    protected Long assigneeId;

    /** A {@link ContactChannelKind}; null in rows filed before channels were kept, which came by the case form. */
    @Column(name = "CHANNEL", length = 16)
    protected String channel;

    /** Filed by a customer owed priority support (a kernel PrioritySupport said so); null in older rows: no. */
    @Column(name = "PRIORITY")
    protected Boolean priority;

    @Column(name = "LOCALE_CODE", length = 16)
    protected String localeCode;

    @Column(name = "CREATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    @Index(name = "CNC_CASE_CREATED")
    protected Date createdAt;

    @Column(name = "FIRST_RESPONSE_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date firstResponseAt;

    @Column(name = "RESOLVED_AT")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date resolvedAt;

    /** The inbox lists by the last activity, newest first (walking this index back, a page at a time). */
    @Column(name = "LAST_ACTIVITY_AT", nullable = false)
    @Index(name = "CNC_CASE_ACTIVITY")
    @Temporal(TemporalType.TIMESTAMP)
    protected Date lastActivityAt;

    @Column(name = "LINK_VERSION", nullable = false)
    protected int linkVersion;

    static SupportCaseImpl filed(Long customerId, String email, String name, Long orderId, Long reasonId,
                                 String reasonLabel, String subject, String localeCode, ContactChannelKind channel,
                                 Date now) {
        SupportCaseImpl filed = new SupportCaseImpl();
        filed.channel = channel.getType();
        filed.customerId = customerId;
        filed.email = email;
        filed.name = name;
        filed.orderId = orderId;
        filed.reasonId = reasonId;
        filed.reasonLabel = reasonLabel;
        filed.subject = subject;
        filed.localeCode = localeCode;
        filed.createdAt = now;
        filed.lastActivityAt = now;
        return filed;
    }

    void prioritize() {
        priority = Boolean.TRUE;
    }

    @Override
    public boolean isPriority() {
        return Boolean.TRUE.equals(priority);
    }

    /** Once the id is known. */
    void numberFromId() {
        number = NUMBER_PREFIX + id;
    }

    /** An agent answered: the first answer sets the first response time. */
    void answered(Date at) {
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
        status = CaseStatus.ANSWERED;
        lastActivityAt = at;
    }

    /** The customer wrote: the store's turn again, whatever the status was. */
    void customerWrote(Date at) {
        status = CaseStatus.OPEN;
        lastActivityAt = at;
    }

    void changeStatus(CaseStatus next, Date at) {
        if (next == CaseStatus.RESOLVED && status != CaseStatus.RESOLVED) {
            resolvedAt = at;
        }
        status = next;
        lastActivityAt = at;
    }

    void assignTo(Long adminUserId) {
        assigneeId = adminUserId;
    }

    void classified(long reasonId, String reasonLabel) {
        this.reasonId = reasonId;
        this.reasonLabel = reasonLabel;
    }

    void touched(Date at) {
        lastActivityAt = at;
    }

    void revokeLinks() {
        linkVersion++;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getNumber() {
        return number;
    }

    @Override
    public Long getCustomerId() {
        return customerId;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Long getOrderId() {
        return orderId;
    }

    @Override
    public Long getReasonId() {
        return reasonId;
    }

    @Override
    public String getReasonLabel() {
        return reasonLabel;
    }

    @Override
    public String getSubject() {
        return subject;
    }

    @Override
    public CaseStatus getStatus() {
        return status;
    }

    @Override
    public Long getAssigneeId() {
        return assigneeId;
    }

    @Override
    public String getLocaleCode() {
        return localeCode;
    }

    @Override
    public ContactChannelKind getChannel() {
        return channelOf(channel);
    }

    static ContactChannelKind channelOf(String type) {
        ContactChannelKind kind = ContactChannelKind.getInstance(type);
        return kind == null ? ContactChannelKind.CASE_FORM : kind;
    }

    @Override
    public Date getCreatedAt() {
        return copy(createdAt);
    }

    @Override
    public Date getFirstResponseAt() {
        return copy(firstResponseAt);
    }

    @Override
    public Date getResolvedAt() {
        return copy(resolvedAt);
    }

    @Override
    public Date getLastActivityAt() {
        return copy(lastActivityAt);
    }

    @Override
    public int getLinkVersion() {
        return linkVersion;
    }

    private static Date copy(Date date) {
        return date == null ? null : new Date(date.getTime());
    }
}
