package io.concierge.storefront.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageNumbersTest {

    @Test
    void sensibleNumbersAreKept() {
        assertThat(PageNumbers.parse("1")).isEqualTo(1);
        assertThat(PageNumbers.parse(" 7 ")).isEqualTo(7);
    }

    @Test
    void anythingElseMeansTheFirstOrLastPage() {
        assertThat(PageNumbers.parse("0")).isEqualTo(1);
        assertThat(PageNumbers.parse("-3")).isEqualTo(1);
        assertThat(PageNumbers.parse("abc")).isEqualTo(1);
        assertThat(PageNumbers.parse("")).isEqualTo(1);
        assertThat(PageNumbers.parse(null)).isEqualTo(1);
        assertThat(PageNumbers.parse("99999999999999")).isEqualTo(1);
        assertThat(PageNumbers.parse("99999")).isEqualTo(PageNumbers.LAST_PAGE);
    }
}
