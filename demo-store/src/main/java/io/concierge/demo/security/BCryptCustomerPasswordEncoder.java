package io.concierge.demo.security;

import org.springframework.security.authentication.encoding.PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Shopper passwords stored as bcrypt hashes. Broadleaf 3.1 hashes through Spring Security's older
 * {@link PasswordEncoder} interface and ships a plaintext encoder by default; this adapter gives it the bcrypt
 * implementation of spring-security-crypto. bcrypt carries its own random salt in every hash, so Broadleaf's
 * optional salt source is ignored.
 */
public class BCryptCustomerPasswordEncoder implements PasswordEncoder {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    @Override
    public String encodePassword(String rawPassword, Object ignoredSalt) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean isPasswordValid(String encodedPassword, String rawPassword, Object ignoredSalt) {
        return encodedPassword != null && rawPassword != null && encodedPassword.startsWith("$2")
                && bcrypt.matches(rawPassword, encodedPassword);
    }
}
