package io.concierge.core.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorefrontUrlTest {

    @Test
    void isTheConfiguredAddressWithoutATrailingSlash() {
        assertThat(new StorefrontUrl("https://shop.example.com/").base()).isEqualTo("https://shop.example.com");
        assertThat(new StorefrontUrl(" https://example.com:8443/shop ").resolve("/guides/a"))
                .isEqualTo("https://example.com:8443/shop/guides/a");
    }

    @Test
    void isTheLocalDemoStorefrontWhenNothingIsConfigured() {
        assertThat(new StorefrontUrl(null).base()).isEqualTo("http://127.0.0.1:8080");
        assertThat(new StorefrontUrl("  ").base()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void refusesToStartWithAnAddressThatIsNotAnAbsoluteWebUrl() {
        for (String wrong : new String[] {"shop.example.com", "/shop", "ftp://shop.example.com",
                "javascript:alert(1)", "https://shop.example.com/?x=1", "https://user@shop.example.com",
                "https://shop.example.com/#top", "http://exa mple.com"}) {
            assertThatThrownBy(() -> new StorefrontUrl(wrong)).as(wrong)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concierge.storefront.url");
        }
    }
}
