package io.concierge.storefront.guidance;

import io.concierge.core.guidance.AttributeDifference;
import io.concierge.core.guidance.CoPurchaseRule;
import io.concierge.core.guidance.ComparableAttributes;
import io.concierge.core.guidance.Reason;
import io.concierge.storefront.kernel.ShopperLocale;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductAttribute;
import org.broadleafcommerce.core.catalog.domain.ProductAttributeImpl;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuImpl;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Reasons in the shopper's words, from the real bundles, with percentages and money per locale. */
class ReasonWordingTest {

    private static final Locale PT_BR = new Locale("pt", "BR");
    private static final Locale ES = new Locale("es", "ES");
    private static final List<AttributeDifference> NO_DIFFERENCES = Collections.emptyList();

    private final Product trailRunner = product("Trail Runner 28", "149.00");
    private final Product summit = product("Summit Pack 45", "219.00");
    private final Product daypack = product("Packable Daypack 18", "109.00");
    /** 23 of 100 orders with the Trail Runner 28 also held the other product. */
    private final Reason boughtTogether = Reason.boughtTogether(new CoPurchaseRule(1, 2, 23, 100, 40, 1000));

    @Test
    void measuredCoPurchaseNamesTheViewedProductAndTheShareOfItsOrders() {
        assertThat(wording(Locale.US).word(boughtTogether, trailRunner, summit).getText())
                .isEqualTo("Bought with the Trail Runner 28 in 23% of its orders");
        assertThat(wording(PT_BR).word(boughtTogether, trailRunner, summit).getText())
                .isEqualTo("Comprado junto com Trail Runner 28 em 23% dos pedidos desse produto");
        assertThat(wording(ES).word(boughtTogether, trailRunner, summit).getText().replace('\u00a0', ' '))
                .isEqualTo("Comprado junto con Trail Runner 28 en el 23 % de los pedidos de ese producto");
    }

    @Test
    void aCheaperSubstituteSaysHowMuchLessInTheShoppersMoney() {
        assertThat(wording(Locale.US).word(Reason.alternative(NO_DIFFERENCES), trailRunner, daypack).getText())
                .isEqualTo("Similar, $40.00 less");
        assertThat(wording(PT_BR).word(Reason.alternative(NO_DIFFERENCES), trailRunner, daypack).getText().replace('\u00a0', ' '))
                .isEqualTo("Parecido, US$ 40,00 a menos");
    }

    @Test
    void aDearerSubstituteSaysHowMuchMore() {
        assertThat(wording(Locale.US).word(Reason.alternative(NO_DIFFERENCES), trailRunner, summit).getText())
                .isEqualTo("$70.00 more");
        assertThat(wording(Locale.US).word(Reason.alternative(NO_DIFFERENCES), trailRunner, product("Twin", "149.00")).getText())
                .isEqualTo("Similar, same price");
    }

    @Test
    void aSubstituteWithComparableAttributesSaysWhatTheMoneyBuys() {
        Product viewed = product("Trail Runner 28", "149.00", "compare.capacity", "28 L");
        Product bigger = product("Summit Pack 45", "259.00", "compare.capacity", "45 L");
        Reason upgrade = Reason.alternative(ComparableAttributes.differences(viewed, bigger));

        assertThat(wording(Locale.US).word(upgrade, viewed, bigger).getText())
                .isEqualTo("+17 L capacity for $110.00 more");
        assertThat(wording(PT_BR).word(upgrade, viewed, bigger).getText().replace('\u00a0', ' '))
                .isEqualTo("+17 L de capacidade por US$ 110,00 a mais");
        Reason smaller = Reason.alternative(ComparableAttributes.differences(bigger, viewed));
        assertThat(wording(Locale.US).word(smaller, bigger, viewed).getText()).isEqualTo("-17 L capacity, $110.00 less");
    }

    @Test
    void aPastPurchaseIsNamedWithItsMonthInTheShoppersLanguage() {
        java.util.Date may = java.util.Date.from(java.time.LocalDate.now().withMonth(5).withDayOfMonth(12)
                .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
        Reason goesWith = Reason.boughtBefore(new io.concierge.core.guidance.PastPurchase(2, "Summit Pack 45", may),
                new CoPurchaseRule(2, 3, 23, 100, 40, 1000));

        assertThat(wording(Locale.US).word(goesWith, null, daypack).getText())
                .isEqualTo("Goes with the Summit Pack 45 you bought in May");
        assertThat(wording(PT_BR).word(goesWith, null, daypack).getText())
                .isEqualTo("Combina com Summit Pack 45 que voc\u00ea comprou em maio");
        assertThat(wording(ES).word(goesWith, null, daypack).getText())
                .isEqualTo("Combina con Summit Pack 45 que compraste en mayo");
        java.util.Date lastYear = java.util.Date.from(java.time.LocalDate.now().minusYears(1).withMonth(7)
                .withDayOfMonth(3).atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
        Reason due = Reason.dueAgain(new io.concierge.core.guidance.PastPurchase(4, "Socks", lastYear), 90);
        assertThat(wording(Locale.US).word(due, null, daypack).getText()).isEqualTo("You bought it in July "
                + java.time.LocalDate.now().minusYears(1).getYear() + "; it lasts about 90 days");
        assertThat(wording(ES).word(due, null, daypack).getText()).startsWith("Lo compraste en julio ")
                .endsWith("; dura unos 90 d\u00edas");
    }

    @Test
    void theMerchantsTextIsShownAsWritten() {
        assertThat(wording(ES).word(Reason.merchant("Keeps it <dry>"), trailRunner, summit).getText())
                .isEqualTo("Keeps it <dry>");
    }

    private static ReasonWording wording(Locale locale) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:messages/GuidanceMessages");
        messages.setFallbackToSystemLocale(false);
        return new ReasonWording(messages, new ShopperLocale(locale));
    }

    private static Product product(String name, String price, String attribute, String value) {
        Product product = product(name, price);
        ProductAttribute comparable = new ProductAttributeImpl();
        comparable.setName(attribute);
        comparable.setValue(value);
        product.getProductAttributes().put(attribute, comparable);
        return product;
    }

    private static Product product(String name, String price) {
        Product product = new ProductImpl();
        Sku sku = new SkuImpl();
        sku.setName(name);
        sku.setRetailPrice(new Money(new BigDecimal(price), Currency.getInstance("USD")));
        product.setDefaultSku(sku);
        return product;
    }
}
