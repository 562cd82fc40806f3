package io.concierge.demo.web;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.persistence.NoResultException;

/** The categories of the demo theme's header: the children of Broadleaf's navigation root. */
@Component
public class StoreNavigation {

    /** Broadleaf's navigation root; its children are the store's top-level categories. */
    private static final String NAVIGATION_ROOT = "Primary Nav";

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    public List<Category> topCategories() {
        try {
            return catalogService.findActiveSubCategoriesByCategory(catalogService.findCategoryByName(NAVIGATION_ROOT));
        } catch (NoResultException catalogWithoutNavigationRoot) {
            return new ArrayList<Category>();
        }
    }
}
