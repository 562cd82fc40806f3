package io.concierge.demo.web;

import org.broadleafcommerce.core.search.domain.SearchFacet;
import org.broadleafcommerce.core.search.domain.SearchFacetDTO;

import java.io.UnsupportedEncodingException;
import java.net.URLEncoder;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The facet values a shopper has chosen on the search page, one per facet, keyed by the facet field's abbreviation
 * (the request parameter Broadleaf expects, e.g. {@code mfg=Northfold} or {@code price=range[50:100]}). Taken from
 * the request only for facets on offer and only when well formed; anything else is ignored.
 */
final class SearchFilters {

    /** Broadleaf's value key of a range facet: {@code range[min:max]}, max {@code null} for "and up". */
    private static final Pattern RANGE =
            Pattern.compile("range\\[\\d{1,9}(\\.\\d{1,5})?:(\\d{1,9}(\\.\\d{1,5})?|null)]");
    private static final int MAX_VALUE_LENGTH = 100;

    private final Map<String, String> chosen;

    private SearchFilters(Map<String, String> chosen) {
        this.chosen = Collections.unmodifiableMap(chosen);
    }

    static SearchFilters from(Map<String, String[]> parameters, List<SearchFacetDTO> facets) {
        Map<String, String> chosen = new LinkedHashMap<String, String>();
        for (SearchFacetDTO facet : facets) {
            String key = key(facet.getFacet());
            String[] values = parameters.get(key);
            if (values != null && values.length > 0 && isWellFormed(facet.getFacet(), values[0])) {
                chosen.put(key, values[0]);
            }
        }
        return new SearchFilters(chosen);
    }

    static String key(SearchFacet facet) {
        return facet.getField().getAbbreviation();
    }

    private static boolean isWellFormed(SearchFacet facet, String value) {
        if (!facet.getSearchFacetRanges().isEmpty()) {
            return RANGE.matcher(value).matches();
        }
        return !value.trim().isEmpty() && value.length() <= MAX_VALUE_LENGTH;
    }

    boolean isChosen(String key, String value) {
        return value.equals(chosen.get(key));
    }

    /** These filters with {@code value} chosen for the facet {@code key}, or with that facet cleared if it was. */
    SearchFilters toggle(String key, String value) {
        Map<String, String> toggled = new LinkedHashMap<String, String>(chosen);
        if (isChosen(key, value)) {
            toggled.remove(key);
        } else {
            toggled.put(key, value);
        }
        return new SearchFilters(toggled);
    }

    /** The filters in the shape of Broadleaf's {@code ProductSearchCriteria.filterCriteria}. */
    Map<String, String[]> criteria() {
        Map<String, String[]> criteria = new HashMap<String, String[]>();
        for (Map.Entry<String, String> filter : chosen.entrySet()) {
            criteria.put(filter.getKey(), new String[] {filter.getValue()});
        }
        return criteria;
    }

    /** The search page's query string for these filters: {@code ?q=...&mfg=...&page=2} (no page parameter on 1). */
    String queryString(String terms, int page) {
        StringBuilder query = new StringBuilder("?q=").append(encode(terms));
        for (Map.Entry<String, String> filter : chosen.entrySet()) {
            query.append('&').append(encode(filter.getKey())).append('=').append(encode(filter.getValue()));
        }
        if (page > 1) {
            query.append("&page=").append(page);
        }
        return query.toString();
    }

    private static String encode(String text) {
        try {
            return URLEncoder.encode(text, "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
