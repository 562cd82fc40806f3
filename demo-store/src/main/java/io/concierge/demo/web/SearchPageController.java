package io.concierge.demo.web;

import io.concierge.storefront.kernel.ShopperLocale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.solr.common.SolrException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.search.domain.ProductSearchCriteria;
import org.broadleafcommerce.core.search.domain.ProductSearchResult;
import org.broadleafcommerce.core.search.domain.SearchFacetDTO;
import org.broadleafcommerce.core.search.service.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The demo theme's product search page, {@code /search?q=...}, answered by Broadleaf's search service (Solr in the
 * demo store). No words to search for is a prompt, not an error; a search that Solr cannot answer is a friendly
 * "try again later" with status 503.
 */
@Controller
public class SearchPageController {

    static final int PAGE_SIZE = 12;
    private static final int MAX_PAGE = 1000;
    private static final Log LOG = LogFactory.getLog(SearchPageController.class);

    @Resource(name = "blSearchService")
    protected SearchService searchService;

    @RequestMapping(value = "/search", method = RequestMethod.GET)
    public String search(@RequestParam(value = "q", required = false) String typed,
                         @RequestParam(value = "page", required = false) String page,
                         HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("typed", typed == null ? "" : typed.trim());
        String terms = SearchTerms.plainWords(typed);
        if (terms.isEmpty()) {
            return "search";
        }
        try {
            List<SearchFacetDTO> facets = searchService.getSearchFacets();
            SearchFilters filters = SearchFilters.from(request.getParameterMap(), facets);
            int pageNumber = pageNumber(page);
            ProductSearchResult result = searchService.findProductsByQuery(terms, criteria(filters, pageNumber));
            Locale locale = ShopperLocale.current().getLocale();
            // Broadleaf answers a search without hits with no product list at all.
            List<Product> products = result.getProducts() == null ? new ArrayList<Product>() : result.getProducts();
            model.addAttribute("results", new SearchResults(ProductCard.activeCards(products),
                    result.getTotalResults(), pageNumber, PAGE_SIZE, filters, terms));
            model.addAttribute("facets", FacetView.of(result.getFacets(), filters, terms, locale, currency()));
        } catch (ServiceException | SolrException e) {
            LOG.warn("Product search for \"" + terms + "\" failed: " + e.getMessage());
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("unavailable", true);
        }
        return "search";
    }

    private static ProductSearchCriteria criteria(SearchFilters filters, int page) {
        ProductSearchCriteria criteria = new ProductSearchCriteria();
        criteria.setPage(page);
        criteria.setPageSize(PAGE_SIZE);
        criteria.setFilterCriteria(filters.criteria());
        return criteria;
    }

    /** The requested page; page 1 for anything that is not a page number. */
    static int pageNumber(String page) {
        if (page == null || !page.trim().matches("\\d{1,9}")) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(page.trim())));
    }

    /** The shopper's currency as Broadleaf's request filter chose it; else US dollars, the demo store's currency. */
    private static Currency currency() {
        return BroadleafRequestContext.hasCurrency()
                ? BroadleafRequestContext.getBroadleafRequestContext().getJavaCurrency() : Currency.getInstance("USD");
    }
}
