package io.concierge.demo.web;

import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the demo theme shows of a product in a listing: name, link, picture and price in the shopper's locale. */
public class ProductCard {

    private final String name;
    private final String url;
    private final String imageUrl;
    private final String price;
    private final String regularPrice;
    private final String description;

    ProductCard(Product product, Locale locale) {
        Sku sku = product.getDefaultSku();
        this.name = product.getName();
        this.url = product.getUrl();
        this.description = product.getDescription();
        Media media = sku.getSkuMedia() == null ? null : sku.getSkuMedia().get("primary");
        this.imageUrl = media != null ? media.getUrl() : "/img/products/placeholder.svg";
        Money retail = sku.getRetailPrice();
        Money sale = sku.getSalePrice();
        boolean onSale = sale != null && retail != null && sale.lessThan(retail);
        this.price = format(onSale ? sale : retail, locale);
        this.regularPrice = onSale ? format(retail, locale) : null;
    }

    /** Cards for the products that are active, in their order. */
    static List<ProductCard> activeCards(List<Product> products, Locale locale) {
        List<ProductCard> cards = new ArrayList<ProductCard>();
        for (Product product : products) {
            if (product.isActive()) {
                cards.add(new ProductCard(product, locale));
            }
        }
        return cards;
    }

    static String format(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.getCurrency());
        return format.format(money.getAmount());
    }

    public String getName() { return name; }

    public String getUrl() { return url; }

    public String getImageUrl() { return imageUrl; }

    public String getPrice() { return price; }

    /** The price before the sale, or null when the product is not on sale. */
    public String getRegularPrice() { return regularPrice; }

    public String getDescription() { return description; }
}
