package io.concierge.storefront.kernel;

import org.broadleafcommerce.common.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ShopperLocaleTest {

    @Test
    void eachStorefrontLanguageReadsGuidesInItsOwnLanguage() {
        assertThat(new ShopperLocale(new Locale("pt", "BR")).guideLanguage()).isEqualTo("pt_BR");
        assertThat(new ShopperLocale(new Locale("pt", "PT")).guideLanguage()).isEqualTo("pt_BR");
        assertThat(new ShopperLocale(new Locale("es", "ES")).guideLanguage()).isEqualTo("es");
        assertThat(new ShopperLocale(Locale.US).guideLanguage()).isEqualTo("en");
        assertThat(new ShopperLocale(Locale.GERMANY).guideLanguage()).isEqualTo("en");
        assertThat(new ShopperLocale(null).guideLanguage()).isEqualTo("en");
    }

    @Test
    void moneyIsWrittenTheWayTheShoppersLanguageWritesIt() {
        Money price = new Money(new BigDecimal("1109.50"), Currency.getInstance("USD"));
        assertThat(new ShopperLocale(Locale.US).money(price)).isEqualTo("$1,109.50");
        assertThat(new ShopperLocale(new Locale("pt", "BR")).money(price)).contains("1.109,50").contains("US$");
        assertThat(new ShopperLocale(Locale.US).money(null)).isEmpty();
    }
}
