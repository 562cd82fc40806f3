package io.concierge.demo.web;

import org.broadleafcommerce.core.search.domain.SearchFacetDTO;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

class SearchResultsTest {

    private static final SearchFilters NO_FILTERS = SearchFilters.from(
            Collections.<String, String[]>emptyMap(), Collections.<SearchFacetDTO>emptyList());

    private static SearchResults page(int page, int total) {
        return new SearchResults(Collections.<ProductCard>emptyList(), total, page, 12, NO_FILTERS, "pack");
    }

    @Test
    void aMiddlePageLinksBothWays() {
        SearchResults results = page(2, 36);

        assertThat(results.getPageCount()).isEqualTo(3);
        assertThat(results.getPreviousPageLink()).isEqualTo("?q=pack");
        assertThat(results.getNextPageLink()).isEqualTo("?q=pack&page=3");
    }

    @Test
    void oneFullPageHasNoOtherPages() {
        SearchResults results = page(1, 12);

        assertThat(results.getPageCount()).isEqualTo(1);
        assertThat(results.getPreviousPageLink()).isNull();
        assertThat(results.getNextPageLink()).isNull();
    }

    @Test
    void noResultsMeanNoPages() {
        assertThat(page(1, 0).getPageCount()).isZero();
        assertThat(page(1, 0).getNextPageLink()).isNull();
    }

    @Test
    void aPagePastTheEndLinksBackToTheLastPage() {
        SearchResults results = page(9, 13);

        assertThat(results.getPreviousPageLink()).isEqualTo("?q=pack&page=2");
        assertThat(results.getNextPageLink()).isNull();
    }
}
