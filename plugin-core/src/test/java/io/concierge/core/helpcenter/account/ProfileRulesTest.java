package io.concierge.core.helpcenter.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ProfileRulesTest {

    @Test
    void namesAreRequiredAndAtMostAHundredCharacters() {
        assertThat(ProfileRules.name("Ana", "Souza")).isEmpty();
        assertThat(ProfileRules.name(" ", null)).containsExactly(entry("firstName", ProfileRules.REQUIRED),
                entry("lastName", ProfileRules.REQUIRED));
        assertThat(ProfileRules.name(repeat('a', 101), "Souza")).containsExactly(entry("firstName", ProfileRules.TOO_LONG));
        assertThat(ProfileRules.name(repeat('a', 100), "Souza")).isEmpty();
    }

    @Test
    void anEmailIsOneAddressWithADomain() {
        assertThat(ProfileRules.email("ana.souza@example.com")).isEmpty();
        assertThat(ProfileRules.email(" ana@example.com.br ")).isEmpty();
        for (String bad : new String[] {"ana", "ana@example", "ana@@example.com", "ana souza@example.com",
                "ana@example.", "a@b@example.com"}) {
            assertThat(ProfileRules.email(bad)).as(bad).containsExactly(entry("email", ProfileRules.NOT_AN_EMAIL));
        }
        assertThat(ProfileRules.email("")).containsExactly(entry("email", ProfileRules.REQUIRED));
        assertThat(ProfileRules.email(repeat('a', 95) + "@ex.com")).containsExactly(entry("email", ProfileRules.TOO_LONG));
    }

    @Test
    void aNewPasswordHasEightToAHundredCharactersTypedTwiceAlike() {
        assertThat(ProfileRules.newPassword("12345678", "12345678")).isEmpty();
        assertThat(ProfileRules.newPassword("1234567", "1234567"))
                .containsExactly(entry("newPassword", ProfileRules.PASSWORD_LENGTH));
        assertThat(ProfileRules.newPassword(repeat('x', 101), repeat('x', 101)))
                .containsExactly(entry("newPassword", ProfileRules.PASSWORD_LENGTH));
        assertThat(ProfileRules.newPassword(null, null)).containsExactly(entry("newPassword", ProfileRules.PASSWORD_LENGTH));
        assertThat(ProfileRules.newPassword("12345678", "12345679"))
                .containsExactly(entry("repeatPassword", ProfileRules.PASSWORD_MISMATCH));
    }

    @Test
    void contactChoicesAlwaysAllowOrderMails() {
        ContactPreferences.Choices none = new ContactPreferences.Choices(false, false);
        assertThat(none.allows(Purpose.ORDER)).isTrue();
        assertThat(none.isOrderMails()).isTrue();
        assertThat(none.allows(Purpose.SURVEY)).isFalse();
        assertThat(none.allows(Purpose.MARKETING)).isFalse();
        assertThat(new ContactPreferences.Choices(true, false).allows(Purpose.SURVEY)).isTrue();
        assertThat(new ContactPreferences.Choices(false, true).allows(Purpose.MARKETING)).isTrue();
    }

    private static String repeat(char c, int times) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < times; i++) {
            text.append(c);
        }
        return text.toString();
    }
}
