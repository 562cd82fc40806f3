package io.concierge.demo.web;

import io.concierge.storefront.kernel.ModelViews;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.web.order.CartState;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.NoResultException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** What the header of every demo page shows: the top-level categories and the number of items in the cart. */
public class StoreNavigationInterceptor extends HandlerInterceptorAdapter {

    /** Broadleaf's navigation root; its children are the store's top-level categories. */
    static final String NAVIGATION_ROOT = "Primary Nav";

    private final CatalogService catalogService;

    public StoreNavigationInterceptor(CatalogService catalogService) {
        this.catalogService = catalogService;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        if (ModelViews.rendersPage(modelAndView)) {
            modelAndView.addObject("categories", topCategories());
            modelAndView.addObject("cartItemCount", OrderView.itemCount(CartState.getCart()));
        }
    }

    private List<Category> topCategories() {
        try {
            return catalogService.findActiveSubCategoriesByCategory(catalogService.findCategoryByName(NAVIGATION_ROOT));
        } catch (NoResultException catalogWithoutNavigationRoot) {
            return new ArrayList<Category>();
        }
    }
}
