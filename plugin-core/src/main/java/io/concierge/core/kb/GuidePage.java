package io.concierge.core.kb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One page of a guide listing, with what a pager needs. Pages are numbered from 1. */
public final class GuidePage {

    private final List<Guide> guides;
    private final int page;
    private final int pageSize;
    private final long totalCount;

    public GuidePage(List<? extends Guide> guides, int page, int pageSize, long totalCount) {
        this.guides = Collections.unmodifiableList(new ArrayList<Guide>(guides));
        this.page = page;
        this.pageSize = pageSize;
        this.totalCount = totalCount;
    }

    public static GuidePage empty(int page, int pageSize) {
        return new GuidePage(Collections.<Guide>emptyList(), page, pageSize, 0);
    }

    public List<Guide> getGuides() {
        return guides;
    }

    public int getPage() {
        return page;
    }

    public int getPageSize() {
        return pageSize;
    }

    public long getTotalCount() {
        return totalCount;
    }

    /** At least 1, so that an empty listing still has a page to show. */
    public int getTotalPages() {
        return (int) Math.max(1, (totalCount + pageSize - 1) / pageSize);
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < getTotalPages();
    }
}
