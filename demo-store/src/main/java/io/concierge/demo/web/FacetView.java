package io.concierge.demo.web;

import org.broadleafcommerce.core.search.domain.SearchFacet;
import org.broadleafcommerce.core.search.domain.SearchFacetDTO;
import org.broadleafcommerce.core.search.domain.SearchFacetResultDTO;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * One facet of the search page (brand, price band, …) as the demo theme shows it: its values that have products
 * among the results, with their counts and the link that chooses the value or, when chosen, clears it.
 */
public final class FacetView {

    private final String key;
    private final String label;
    private final List<Option> options;

    private FacetView(String key, String label, List<Option> options) {
        this.key = key;
        this.label = label;
        this.options = options;
    }

    /** The facets of a search result in display order; facets without any value to offer are left out. */
    static List<FacetView> of(List<SearchFacetDTO> facets, SearchFilters filters, String terms, Locale locale,
                              Currency currency) {
        List<SearchFacetDTO> ordered = new ArrayList<SearchFacetDTO>(facets);
        Collections.sort(ordered, new Comparator<SearchFacetDTO>() {
            @Override
            public int compare(SearchFacetDTO a, SearchFacetDTO b) {
                return priority(a.getFacet()).compareTo(priority(b.getFacet()));
            }
        });
        List<FacetView> views = new ArrayList<FacetView>();
        for (SearchFacetDTO facet : ordered) {
            String key = SearchFilters.key(facet.getFacet());
            List<Option> options = new ArrayList<Option>();
            for (SearchFacetResultDTO value : facet.getFacetValues()) {
                boolean chosen = filters.isChosen(key, value.getValueKey());
                if (chosen || (value.getQuantity() != null && value.getQuantity() > 0)) {
                    String link = filters.toggle(key, value.getValueKey()).queryString(terms, 1);
                    options.add(new Option(value, chosen, link, locale, currency));
                }
            }
            if (!options.isEmpty()) {
                views.add(new FacetView(key, facet.getFacet().getLabel(), options));
            }
        }
        return views;
    }

    private static Integer priority(SearchFacet facet) {
        return facet.getSearchDisplayPriority() == null ? Integer.MAX_VALUE : facet.getSearchDisplayPriority();
    }

    /** The facet field's abbreviation; the theme's messages may name the facet as {@code search.facet.<key>}. */
    public String getKey() { return key; }

    /** The merchant's name of the facet, from Broadleaf's search facet. */
    public String getLabel() { return label; }

    public List<Option> getOptions() { return options; }

    /** A facet value: a text (a brand) or a price band from {@link #getMin()} to {@link #getMax()}. */
    public static final class Option {
        private final String value;
        private final String min;
        private final String max;
        private final int count;
        private final boolean chosen;
        private final String link;

        Option(SearchFacetResultDTO result, boolean chosen, String link, Locale locale, Currency currency) {
            this.value = result.getValue();
            this.min = result.getValue() == null ? money(result.getMinValue(), locale, currency) : null;
            this.max = result.getValue() == null ? money(result.getMaxValue(), locale, currency) : null;
            this.count = result.getQuantity() == null ? 0 : result.getQuantity();
            this.chosen = chosen;
            this.link = link;
        }

        /** The text value, or null for a price band. */
        public String getValue() { return value; }

        /** The band's lower bound as money, or null for a text value. */
        public String getMin() { return min; }

        /** The band's upper bound as money, or null for a text value and an open band ("and up"). */
        public String getMax() { return max; }

        public int getCount() { return count; }

        public boolean isChosen() { return chosen; }

        /** The search page's query string that chooses this value, or clears it when it is chosen. */
        public String getLink() { return link; }
    }

    /** Whole amounts without cents ("$50", "50 US$"), others with them. */
    static String money(BigDecimal amount, Locale locale, Currency currency) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        if (amount.signum() == 0 || amount.stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(amount);
    }
}
