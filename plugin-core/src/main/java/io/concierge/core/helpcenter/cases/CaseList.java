package io.concierge.core.helpcenter.cases;

import java.util.Collections;
import java.util.List;

/** One page of the admin's case list, with how many cases the filter matches in all. */
public final class CaseList {

    private final List<SupportCase> cases;
    private final long total;
    private final int page;
    private final int pageSize;

    CaseList(List<SupportCase> cases, long total, int page, int pageSize) {
        this.cases = Collections.unmodifiableList(cases);
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
    }

    public List<SupportCase> getCases() {
        return cases;
    }

    public long getTotal() {
        return total;
    }

    /** From 0. */
    public int getPage() {
        return page;
    }

    public boolean isLast() {
        return (long) (page + 1) * pageSize >= total;
    }
}
