package io.concierge.core.helpcenter.cases;

/** What the admin's case list shows: by status, reason, age and overdue; every criterion optional. */
public final class CaseFilter {

    private CaseStatus status;
    private Long reasonId;
    private Integer olderThanHours;
    private boolean overdueOnly;

    public static CaseFilter all() {
        return new CaseFilter();
    }

    public CaseFilter status(CaseStatus status) {
        this.status = status;
        return this;
    }

    public CaseFilter reason(Long reasonId) {
        this.reasonId = reasonId;
        return this;
    }

    /** Filed more than this many hours ago. */
    public CaseFilter olderThanHours(Integer hours) {
        this.olderThanHours = hours;
        return this;
    }

    /** Open and unanswered past the reply time the case form promises. */
    public CaseFilter overdueOnly(boolean overdue) {
        this.overdueOnly = overdue;
        return this;
    }

    public CaseStatus status() {
        return status;
    }

    public Long reasonId() {
        return reasonId;
    }

    public Integer olderThanHours() {
        return olderThanHours;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }
}
