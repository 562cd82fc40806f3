package io.concierge.demo.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.core.search.domain.ProductSearchCriteria;
import org.broadleafcommerce.core.search.domain.ProductSearchResult;
import org.broadleafcommerce.core.search.domain.SearchFacetDTO;
import org.broadleafcommerce.core.search.service.SearchService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.springframework.ui.ExtendedModelMap;

import java.util.Collections;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class SearchPageControllerTest {

    @Mock
    private SearchService searchService;
    @Mock
    private HttpServletRequest request;
    @Mock
    private HttpServletResponse response;

    private final SearchPageController controller = new SearchPageController();
    private final ExtendedModelMap model = new ExtendedModelMap();

    @BeforeEach
    void wire() {
        controller.searchService = searchService;
    }

    @Test
    void noWordsToSearchForIsAPromptWithoutASearch() {
        String view = controller.search("\"(:*", null, request, response, model);

        assertThat(view).isEqualTo("search");
        assertThat(model).containsEntry("typed", "\"(:*").doesNotContainKeys("results", "unavailable");
        verifyNoInteractions(searchService, response);
    }

    @Test
    void broadleafGetsThePlainWordsTwelveAPageAndTheRequestedPage() throws ServiceException {
        when(request.getParameterMap()).thenReturn(Collections.<String, String[]>emptyMap());
        when(searchService.getSearchFacets()).thenReturn(Collections.<SearchFacetDTO>emptyList());
        ProductSearchResult noHits = new ProductSearchResult();
        noHits.setTotalResults(0);
        noHits.setFacets(Collections.<SearchFacetDTO>emptyList());
        when(searchService.findProductsByQuery(eq("trail runner"), any(ProductSearchCriteria.class)))
                .thenReturn(noHits);

        controller.search(" Trail-Runner* ", "2", request, response, model);

        ArgumentCaptor<ProductSearchCriteria> criteria = ArgumentCaptor.forClass(ProductSearchCriteria.class);
        verify(searchService).findProductsByQuery(eq("trail runner"), criteria.capture());
        assertThat(criteria.getValue().getPageSize()).isEqualTo(SearchPageController.PAGE_SIZE);
        assertThat(criteria.getValue().getPage()).isEqualTo(2);
        assertThat(((SearchResults) model.get("results")).getTotal()).isZero();
        assertThat(((SearchResults) model.get("results")).getProducts()).isEmpty();
    }

    @Test
    void aSearchSolrCannotAnswerIsAFriendly503() throws ServiceException {
        when(request.getParameterMap()).thenReturn(Collections.<String, String[]>emptyMap());
        when(searchService.getSearchFacets()).thenReturn(Collections.<SearchFacetDTO>emptyList());
        when(searchService.findProductsByQuery(eq("tent"), any(ProductSearchCriteria.class)))
                .thenThrow(new ServiceException("Could not perform search"));

        String view = controller.search("tent", null, request, response, model);

        assertThat(view).isEqualTo("search");
        verify(response).setStatus(503);
        assertThat(model).containsEntry("unavailable", true).doesNotContainKey("results");
    }

    @Test
    void anythingButAPageNumberMeansPageOne() {
        assertThat(SearchPageController.pageNumber(null)).isEqualTo(1);
        assertThat(SearchPageController.pageNumber("abc")).isEqualTo(1);
        assertThat(SearchPageController.pageNumber("-3")).isEqualTo(1);
        assertThat(SearchPageController.pageNumber("0")).isEqualTo(1);
        assertThat(SearchPageController.pageNumber(" 3 ")).isEqualTo(3);
        assertThat(SearchPageController.pageNumber("99999999999")).isEqualTo(1);
        assertThat(SearchPageController.pageNumber("123456789")).isEqualTo(1000);
    }
}
