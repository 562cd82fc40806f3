package io.concierge.storefront.kernel;

import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Sku;

/** What a product card shows of a Broadleaf SKU: the price to pay, the crossed-out one, the picture. */
public final class SkuDisplay {

    private SkuDisplay() {
    }

    /** The sale price when the SKU has one below its retail price, else the retail price. */
    public static Money priceToPay(Sku sku) {
        if (regularPriceIfOnSale(sku) != null) {
            return sku.getSalePrice();
        }
        return sku.getRetailPrice() != null ? sku.getRetailPrice() : sku.getSalePrice();
    }

    /** The retail price when the SKU is on sale below it; null otherwise. */
    public static Money regularPriceIfOnSale(Sku sku) {
        Money retail = sku.getRetailPrice();
        Money sale = sku.getSalePrice();
        return sale != null && retail != null && sale.lessThan(retail) ? retail : null;
    }

    /** The URL of the SKU's primary picture, or null when it has none. */
    public static String primaryImageUrl(Sku sku) {
        Media media = sku == null || sku.getSkuMedia() == null ? null : sku.getSkuMedia().get("primary");
        return media == null ? null : media.getUrl();
    }
}
