package io.concierge.core.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTest {

    @Test
    void derivesASlugFromATitleWithAccents() {
        assertThat(Slugs.fromText("Como escolher o tênis certo")).isEqualTo("como-escolher-o-tenis-certo");
        assertThat(Slugs.fromText("¿Cómo cuidar tu mochila?")).isEqualTo("como-cuidar-tu-mochila");
        assertThat(Slugs.fromText("Ação, coração & pão")).isEqualTo("acao-coracao-pao");
    }

    @Test
    void foldsLettersThatUnicodeDoesNotDecompose() {
        assertThat(Slugs.fromText("Straße Øre Łódź Œuvre")).isEqualTo("strasse-ore-lodz-oeuvre");
    }

    @Test
    void collapsesPunctuationAndSpacesIntoSingleHyphensAndTrimsThem() {
        assertThat(Slugs.fromText("  --Trail   running: 10 tips!!  ")).isEqualTo("trail-running-10-tips");
    }

    @Test
    void givesAnEmptySlugWhenNothingUsableIsLeft() {
        assertThat(Slugs.fromText("!!! ???")).isEmpty();
        assertThat(Slugs.fromText(null)).isEmpty();
    }

    @Test
    void cutsLongTitlesAtAWordBoundaryWithinTheMaximum() {
        StringBuilder title = new StringBuilder();
        StringBuilder uncut = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            title.append("Word").append(i).append(' ');
            uncut.append("word").append(i).append('-');
        }
        String slug = Slugs.fromText(title.toString());

        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH).isGreaterThan(Slugs.MAX_LENGTH - 8);
        assertThat(uncut.toString()).startsWith(slug + "-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void cutsToAShorterMaximumAtAWordBoundaryButNeverBeyondTheLimit() {
        assertThat(Slugs.fromText("Trail running tips", 12)).isEqualTo("trail");
        assertThat(Slugs.fromText("Backpacking", 4)).isEqualTo("back");
        StringBuilder words = new StringBuilder();
        while (words.length() < 2 * Slugs.MAX_LENGTH) {
            words.append("word ");
        }
        assertThat(Slugs.fromText(words.toString(), 10 * Slugs.MAX_LENGTH)).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);
    }

    @Test
    void acceptsOnlyLowercaseLettersDigitsAndSingleInnerHyphens() {
        assertThat(Slugs.isValid("como-escolher-o-tenis-certo")).isTrue();
        assertThat(Slugs.isValid("guide-2")).isTrue();
        assertThat(Slugs.isValid("Guide")).isFalse();
        assertThat(Slugs.isValid("tênis")).isFalse();
        assertThat(Slugs.isValid("two words")).isFalse();
        assertThat(Slugs.isValid("double--hyphen")).isFalse();
        assertThat(Slugs.isValid("-leading")).isFalse();
        assertThat(Slugs.isValid("trailing-")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid(null)).isFalse();
        assertThat(Slugs.isValid(repeat('a', Slugs.MAX_LENGTH))).isTrue();
        assertThat(Slugs.isValid(repeat('a', Slugs.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void theAdminPatternAcceptsTheSameSlugsAndAnEmptyValue() {
        assertThat("como-escolher".matches(Slugs.ADMIN_PATTERN)).isTrue();
        assertThat("".matches(Slugs.ADMIN_PATTERN)).isTrue();
        assertThat("Como escolher".matches(Slugs.ADMIN_PATTERN)).isFalse();
        assertThat("a--b".matches(Slugs.ADMIN_PATTERN)).isFalse();
    }

    private static String repeat(char c, int times) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < times; i++) {
            sb.append(c);
        }
        return sb.toString();
    }
}
