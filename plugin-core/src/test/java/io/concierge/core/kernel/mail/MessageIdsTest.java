package io.concierge.core.kernel.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageIdsTest {

    @Test
    void theSameKeyAlwaysGivesTheSameMessageIdAndAnotherKeyAnother() {
        String id = MessageIds.forKey("survey.invite:order:1234", "Shop.Example.com");

        assertThat(id).matches("<cnc\\.[0-9a-f]{64}@shop\\.example\\.com>");
        assertThat(MessageIds.forKey("survey.invite:order:1234", "shop.example.com")).isEqualTo(id);
        assertThat(MessageIds.forKey("survey.invite:order:1235", "shop.example.com")).isNotEqualTo(id);
        assertThat(id).doesNotContain("1234");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "shop example.com", "shop..example.com", "-shop.example.com", "a@b.com",
            "shop.example.com>", "shop_example.com"})
    void aDomainAMessageIdCannotCarryIsRefusedByName(String domain) {
        assertThatThrownBy(() -> MessageIds.forKey("k", domain))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not a domain for Message-IDs");
    }

    @Test
    void localhostAndHostNamesWithDigitsAndHyphensAreDomains() {
        assertThat(MessageIds.checkedDomain("localhost")).isEqualTo("localhost");
        assertThat(MessageIds.checkedDomain(" mail-1.shop2.example ")).isEqualTo("mail-1.shop2.example");
    }
}
