package io.concierge.demo.web;

import io.concierge.core.kernel.HtmlSanitizer;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.RelatedProduct;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

/** The demo theme's catalog pages: home, category and product, found by Broadleaf's catalog URLs. */
@Controller
public class CatalogPageController {

    private static final int HOME_PRODUCTS = 8;

    @Resource(name = "blCatalogService")
    protected CatalogService catalogService;

    @RequestMapping(value = "/", method = RequestMethod.GET)
    public String home(Model model) {
        model.addAttribute("products", ProductCard.activeCards(catalogService.findAllProducts(HOME_PRODUCTS, 0)));
        return "home";
    }

    /** Everything no other controller claims: a category or product URL, or a 404. */
    @RequestMapping(value = "/**", method = RequestMethod.GET)
    public String categoryOrProduct(HttpServletRequest request, Model model) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        Category category = catalogService.findCategoryByURI(uri);
        if (category != null && category.isActive()) {
            model.addAttribute("category", category);
            model.addAttribute("products", ProductCard.activeCards(catalogService.findActiveProductsByCategory(category)));
            return "category";
        }
        Product product = catalogService.findProductByURI(uri);
        if (product != null && product.isActive()) {
            model.addAttribute("product", new ProductCard(product));
            // Written in Broadleaf's admin, which stores any HTML: printed only through the same allow-list as guides.
            model.addAttribute("longDescription", HtmlSanitizer.sanitize(product.getLongDescription()));
            model.addAttribute("crossSell", related(product.getCrossSaleProducts()));
            model.addAttribute("upSell", related(product.getUpSaleProducts()));
            return "product";
        }
        throw new PageNotFoundException();
    }

    private List<RelatedCard> related(List<RelatedProduct> links) {
        List<RelatedCard> cards = new ArrayList<RelatedCard>();
        for (RelatedProduct link : links) {
            if (link.getRelatedProduct() != null && link.getRelatedProduct().isActive()) {
                cards.add(new RelatedCard(new ProductCard(link.getRelatedProduct()), link.getPromotionMessage()));
            }
        }
        return cards;
    }

    /** A Broadleaf cross-sell or up-sell link with the merchant's reason. */
    public static class RelatedCard {
        private final ProductCard product;
        private final String reason;

        RelatedCard(ProductCard product, String reason) {
            this.product = product;
            this.reason = reason;
        }

        public ProductCard getProduct() { return product; }

        public String getReason() { return reason; }
    }
}
