package io.concierge.demo.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BCryptCustomerPasswordEncoderTest {

    private final BCryptCustomerPasswordEncoder encoder = new BCryptCustomerPasswordEncoder();

    @Test
    void aStoredHashMatchesOnlyItsPassword() {
        String hash = encoder.encodePassword("demo1234", 1000L);
        assertThat(hash).startsWith("$2a$").doesNotContain("demo1234");
        assertThat(encoder.isPasswordValid(hash, "demo1234", 1000L)).isTrue();
        assertThat(encoder.isPasswordValid(hash, "demo12345", 1000L)).isFalse();
    }

    @Test
    void theSamePasswordGetsADifferentHashEachTime() {
        assertThat(encoder.encodePassword("demo1234", null)).isNotEqualTo(encoder.encodePassword("demo1234", null));
    }

    @Test
    void plaintextLeftOversNeverMatch() {
        assertThat(encoder.isPasswordValid("demo1234{1000}", "demo1234", 1000L)).isFalse();
        assertThat(encoder.isPasswordValid(null, "demo1234", null)).isFalse();
    }
}
