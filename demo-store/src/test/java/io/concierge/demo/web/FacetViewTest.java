package io.concierge.demo.web;

import org.broadleafcommerce.core.search.domain.SearchFacetDTO;
import org.broadleafcommerce.core.search.domain.SearchFacetResultDTO;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static io.concierge.demo.web.SearchFiltersTest.rangeFacet;
import static io.concierge.demo.web.SearchFiltersTest.valueFacet;
import static org.assertj.core.api.Assertions.assertThat;

class FacetViewTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final SearchFilters NO_FILTERS = SearchFilters.from(
            Collections.<String, String[]>emptyMap(), Collections.<SearchFacetDTO>emptyList());

    private static SearchFacetResultDTO value(SearchFacetDTO facet, String value, int count) {
        SearchFacetResultDTO result = new SearchFacetResultDTO();
        result.setFacet(facet.getFacet());
        result.setValue(value);
        result.setQuantity(count);
        facet.getFacetValues().add(result);
        return result;
    }

    private static SearchFacetResultDTO band(SearchFacetDTO facet, String min, String max, int count) {
        SearchFacetResultDTO result = new SearchFacetResultDTO();
        result.setFacet(facet.getFacet());
        result.setMinValue(new BigDecimal(min));
        result.setMaxValue(max == null ? null : new BigDecimal(max));
        result.setQuantity(count);
        facet.getFacetValues().add(result);
        return result;
    }

    private static SearchFilters chosen(String key, String value) {
        return SearchFilters.from(Collections.singletonMap(key, new String[] {value}),
                Collections.singletonList(valueFacet(key, key, 1)));
    }

    @Test
    void facetsComeInDisplayPriorityOrderWithTheMerchantsLabel() {
        SearchFacetDTO price = rangeFacet("price", "Price", 2, 0, 50);
        band(price, "0.00000", "50.00000", 3);
        SearchFacetDTO brand = valueFacet("mfg", "Brand", 1);
        value(brand, "Northfold", 4);

        List<FacetView> views = FacetView.of(Arrays.asList(price, brand), NO_FILTERS, "tent", Locale.US, USD);

        assertThat(views).extracting(FacetView::getKey).containsExactly("mfg", "price");
        assertThat(views.get(0).getLabel()).isEqualTo("Brand");
    }

    @Test
    void valuesWithoutProductsAreLeftOutUnlessChosen() {
        SearchFacetDTO brand = valueFacet("mfg", "Brand", 1);
        value(brand, "Northfold", 4);
        value(brand, "Alder Peak", 0);
        value(brand, "Tidewater Outfitters", 0);

        List<FacetView.Option> options = FacetView.of(Collections.singletonList(brand),
                chosen("mfg", "Tidewater Outfitters"), "tent", Locale.US, USD).get(0).getOptions();

        assertThat(options).extracting(FacetView.Option::getValue).containsExactly("Northfold", "Tidewater Outfitters");
        assertThat(options.get(0).getLink()).isEqualTo("?q=tent&mfg=Northfold");
        assertThat(options.get(1).isChosen()).isTrue();
        assertThat(options.get(1).getLink()).as("a chosen value's link clears it").isEqualTo("?q=tent");
    }

    @Test
    void aFacetWithNothingToOfferIsLeftOut() {
        SearchFacetDTO brand = valueFacet("mfg", "Brand", 1);
        value(brand, "Northfold", 0);

        assertThat(FacetView.of(Collections.singletonList(brand), NO_FILTERS, "tent", Locale.US, USD)).isEmpty();
    }

    @Test
    void priceBandsAreMoneyInTheShoppersLocale() {
        SearchFacetDTO price = rangeFacet("price", "Price", 2, 50, 100);
        band(price, "50.00000", "100.00000", 2);
        band(price, "200.00000", null, 1);
        band(price, "9.50000", "10.00000", 1);

        List<FacetView.Option> us = FacetView.of(Collections.singletonList(price), NO_FILTERS, "tent",
                Locale.US, USD).get(0).getOptions();
        List<FacetView.Option> brazil = FacetView.of(Collections.singletonList(price), NO_FILTERS, "tent",
                new Locale("pt", "BR"), USD).get(0).getOptions();

        assertThat(us.get(0).getValue()).isNull();
        assertThat(us.get(0).getMin()).isEqualTo("$50");
        assertThat(us.get(0).getMax()).isEqualTo("$100");
        assertThat(us.get(0).getLink()).isEqualTo("?q=tent&price=range%5B50.00000%3A100.00000%5D");
        assertThat(us.get(1).getMax()).as("an open band").isNull();
        assertThat(us.get(2).getMin()).isEqualTo("$9.50");
        assertThat(brazil.get(0).getMin()).isEqualTo("US$\u00a050");
    }
}
