package io.concierge.demo.web;

import org.broadleafcommerce.core.search.domain.FieldImpl;
import org.broadleafcommerce.core.search.domain.SearchFacetDTO;
import org.broadleafcommerce.core.search.domain.SearchFacetImpl;
import org.broadleafcommerce.core.search.domain.SearchFacetRange;
import org.broadleafcommerce.core.search.domain.SearchFacetRangeImpl;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchFiltersTest {

    static SearchFacetDTO valueFacet(String abbreviation, String label, int priority) {
        return facet(abbreviation, label, priority, Collections.<SearchFacetRange>emptyList());
    }

    static SearchFacetDTO rangeFacet(String abbreviation, String label, int priority, Integer... bounds) {
        SearchFacetRange range = new SearchFacetRangeImpl();
        range.setMinValue(new BigDecimal(bounds[0]));
        range.setMaxValue(bounds.length > 1 ? new BigDecimal(bounds[1]) : null);
        return facet(abbreviation, label, priority, Collections.singletonList(range));
    }

    private static SearchFacetDTO facet(String abbreviation, String label, int priority,
                                        List<SearchFacetRange> ranges) {
        FieldImpl field = new FieldImpl();
        field.setAbbreviation(abbreviation);
        SearchFacetImpl facet = new SearchFacetImpl();
        facet.setField(field);
        facet.setLabel(label);
        facet.setSearchDisplayPriority(priority);
        facet.setSearchFacetRanges(ranges);
        SearchFacetDTO dto = new SearchFacetDTO();
        dto.setFacet(facet);
        return dto;
    }

    private static final List<SearchFacetDTO> FACETS = Arrays.asList(
            valueFacet("mfg", "Brand", 1), rangeFacet("price", "Price", 2, 50, 100));

    private static Map<String, String[]> parameters(String... keysAndValues) {
        Map<String, String[]> parameters = new HashMap<String, String[]>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], new String[] {keysAndValues[i + 1]});
        }
        return parameters;
    }

    @Test
    void facetValuesOnOfferBecomeBroadleafFilterCriteria() {
        SearchFilters filters = SearchFilters.from(
                parameters("q", "tent", "mfg", "Northfold", "price", "range[50.00000:100.00000]", "page", "2"), FACETS);

        Map<String, String[]> criteria = filters.criteria();

        assertThat(criteria).containsOnlyKeys("mfg", "price");
        assertThat(criteria.get("mfg")).containsExactly("Northfold");
        assertThat(criteria.get("price")).containsExactly("range[50.00000:100.00000]");
    }

    @Test
    void openPriceBandsAreWellFormed() {
        assertThat(SearchFilters.from(parameters("price", "range[200:null]"), FACETS).criteria()).containsKey("price");
    }

    @Test
    void malformedOrUnofferedValuesAreIgnored() {
        SearchFilters filters = SearchFilters.from(parameters(
                "price", "range[0:50] OR *:*", "mfg", "  ", "blLocaleCode", "pt_BR", "color", "red"), FACETS);

        assertThat(filters.criteria()).isEmpty();
        assertThat(SearchFilters.from(parameters("price", "50"), FACETS).criteria()).isEmpty();
    }

    @Test
    void togglingChoosesAValueAndTogglingItAgainClearsIt() {
        SearchFilters none = SearchFilters.from(parameters(), FACETS);

        SearchFilters chosen = none.toggle("mfg", "Northfold");
        assertThat(chosen.isChosen("mfg", "Northfold")).isTrue();
        assertThat(chosen.toggle("mfg", "Alder Peak").isChosen("mfg", "Alder Peak")).isTrue();
        assertThat(chosen.toggle("mfg", "Northfold").criteria()).isEmpty();
        assertThat(none.criteria()).isEmpty();
    }

    @Test
    void theQueryStringIsEncodedAndLeavesOutPageOne() {
        SearchFilters filters = SearchFilters.from(
                parameters("mfg", "Wayfarer Goods & Co", "price", "range[0:50]"), FACETS);

        assertThat(filters.queryString("roll top", 1))
                .isEqualTo("?q=roll+top&mfg=Wayfarer+Goods+%26+Co&price=range%5B0%3A50%5D");
        assertThat(filters.queryString("roll top", 3)).endsWith("&page=3");
    }
}
