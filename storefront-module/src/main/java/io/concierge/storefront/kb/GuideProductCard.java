package io.concierge.storefront.kb;

import io.concierge.storefront.kernel.ShopperLocale;
import io.concierge.storefront.kernel.SkuDisplay;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;

/** A Broadleaf product linked from a guide, with what a card and an add-to-cart form need. */
public class GuideProductCard {

    private final Long id;
    private final String name;
    private final String url;
    private final String imageUrl;
    private final String price;

    public GuideProductCard(Product product, ShopperLocale shopper) {
        Sku sku = product.getDefaultSku();
        this.id = product.getId();
        this.name = product.getName();
        this.url = product.getUrl();
        this.imageUrl = SkuDisplay.primaryImageUrl(sku);
        this.price = shopper.money(SkuDisplay.priceToPay(sku));
    }

    public Long getId() { return id; }

    public String getName() { return name; }

    public String getUrl() { return url; }

    /** The product's primary picture, or null when it has none. */
    public String getImageUrl() { return imageUrl; }

    /** The price the shopper pays (the sale price when lower), formatted for their locale. */
    public String getPrice() { return price; }
}
