package io.concierge.demo.web;

import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.SkuDisplay;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;

import java.util.ArrayList;
import java.util.List;

/** What the demo theme shows of a product in a listing: name, link, picture and price in the shopper's locale. */
public class ProductCard {

    static final String PLACEHOLDER_IMAGE = "/img/products/placeholder.svg";

    private final Long id;
    private final String name;
    private final String url;
    private final String imageUrl;
    private final String price;
    private final String regularPrice;
    private final String description;

    public ProductCard(Product product) {
        Sku sku = product.getDefaultSku();
        ShopperLocale shopper = ShopperLocale.current();
        this.id = product.getId();
        this.name = product.getName();
        this.url = product.getUrl();
        this.description = product.getDescription();
        this.imageUrl = imageOf(product);
        this.price = shopper.money(SkuDisplay.priceToPay(sku));
        Money regular = SkuDisplay.regularPriceIfOnSale(sku);
        this.regularPrice = regular == null ? null : shopper.money(regular);
    }

    /** Cards for the products that are active, in their order. */
    public static List<ProductCard> activeCards(List<Product> products) {
        List<ProductCard> cards = new ArrayList<ProductCard>();
        for (Product product : products) {
            if (product.isActive()) {
                cards.add(new ProductCard(product));
            }
        }
        return cards;
    }

    public static String imageOf(Product product) {
        String url = SkuDisplay.primaryImageUrl(product.getDefaultSku());
        return url != null ? url : PLACEHOLDER_IMAGE;
    }

    public Long getId() { return id; }

    public String getName() { return name; }

    public String getUrl() { return url; }

    public String getImageUrl() { return imageUrl; }

    public String getPrice() { return price; }

    /** The price before the sale, or null when the product is not on sale. */
    public String getRegularPrice() { return regularPrice; }

    public String getDescription() { return description; }
}
