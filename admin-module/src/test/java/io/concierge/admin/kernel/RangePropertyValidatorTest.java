package io.concierge.admin.kernel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RangePropertyValidatorTest {

    @Test
    void acceptsWholeNumbersWithinTheRangeIncludingItsEnds() {
        assertThat(RangePropertyValidator.isWithin("1", 1, 100)).isTrue();
        assertThat(RangePropertyValidator.isWithin(" 100 ", 1, 100)).isTrue();
        assertThat(RangePropertyValidator.isWithin("42", 1, 100)).isTrue();
    }

    @Test
    void refusesNumbersOutsideTheRange() {
        assertThat(RangePropertyValidator.isWithin("0", 1, 100)).isFalse();
        assertThat(RangePropertyValidator.isWithin("101", 1, 100)).isFalse();
        assertThat(RangePropertyValidator.isWithin("-5", 1, 100)).isFalse();
    }

    @Test
    void refusesWhatIsNotAWholeNumber() {
        assertThat(RangePropertyValidator.isWithin(null, 1, 100)).isFalse();
        assertThat(RangePropertyValidator.isWithin("", 1, 100)).isFalse();
        assertThat(RangePropertyValidator.isWithin("1.5", 1, 100)).isFalse();
        assertThat(RangePropertyValidator.isWithin("ten", 1, 100)).isFalse();
        assertThat(RangePropertyValidator.isWithin("99999999999999999999", 1, 100)).isFalse();
    }
}
