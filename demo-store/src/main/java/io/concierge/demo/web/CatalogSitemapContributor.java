package io.concierge.demo.web;

import io.concierge.storefront.kernel.SitemapContributor;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

/** The demo catalog's category and product pages in {@code /sitemap.xml}, beside Concierge's guides. */
@Component("demoCatalogSitemapContributor")
public class CatalogSitemapContributor implements SitemapContributor {

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @Override
    public List<Entry> sitemapEntries(String siteUrl) {
        List<Entry> entries = new ArrayList<Entry>();
        entries.add(new Entry(siteUrl + "/", null));
        for (Category category : catalogService.findAllCategories()) {
            if (category.isActive() && category.getUrl() != null && !category.getUrl().isEmpty()) {
                entries.add(new Entry(siteUrl + category.getUrl(), null));
            }
        }
        for (Product product : catalogService.findAllProducts()) {
            if (product.isActive() && product.getUrl() != null) {
                entries.add(new Entry(siteUrl + product.getUrl(), null));
            }
        }
        return entries;
    }
}
