package io.concierge.demo.web;

import java.util.List;

/** One page of a product search as the demo theme shows it: the products, how many there are in all, the pages. */
public final class SearchResults {

    private final List<ProductCard> products;
    private final int total;
    private final int page;
    private final int pageCount;
    private final String previousPageLink;
    private final String nextPageLink;

    SearchResults(List<ProductCard> products, int total, int page, int pageSize, SearchFilters filters, String terms) {
        this.products = products;
        this.total = total;
        this.page = page;
        this.pageCount = (total + pageSize - 1) / pageSize;
        int previousPage = Math.min(page - 1, Math.max(pageCount, 1));
        this.previousPageLink = page > 1 ? filters.queryString(terms, previousPage) : null;
        this.nextPageLink = page < pageCount ? filters.queryString(terms, page + 1) : null;
    }

    public List<ProductCard> getProducts() { return products; }

    /** Matching products on all pages. */
    public int getTotal() { return total; }

    public int getPage() { return page; }

    public int getPageCount() { return pageCount; }

    /** Query string of the previous page (the last one when this page is past the end), or null on page 1. */
    public String getPreviousPageLink() { return previousPageLink; }

    /** Query string of the next page, or null on the last page. */
    public String getNextPageLink() { return nextPageLink; }
}
