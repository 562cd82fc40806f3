package io.concierge.core.helpcenter.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a shopper may type into their profile: names (required, at most {@link #MAX_LENGTH}), an e-mail address
 * (one address, at most {@link #MAX_LENGTH}), a new password ({@link #MIN_PASSWORD} to {@link #MAX_LENGTH}
 * characters, typed twice alike). Each problem is a field name with a message key ({@code helpcenter.account.problem.*}).
 */
public final class ProfileRules {

    public static final int MAX_LENGTH = 100;
    public static final int MIN_PASSWORD = 8;

    public static final String REQUIRED = "helpcenter.account.problem.required";
    public static final String TOO_LONG = "helpcenter.account.problem.tooLong";
    public static final String NOT_AN_EMAIL = "helpcenter.account.problem.notAnEmail";
    public static final String EMAIL_TAKEN = "helpcenter.account.problem.emailTaken";
    public static final String WRONG_PASSWORD = "helpcenter.account.problem.wrongPassword";
    public static final String PASSWORD_LENGTH = "helpcenter.account.problem.passwordLength";
    public static final String PASSWORD_MISMATCH = "helpcenter.account.problem.passwordMismatch";
    public static final String UNKNOWN_ADDRESS = "helpcenter.account.problem.unknownAddress";

    /** One address: no spaces, one @, a dot in the domain, no dot at either end of it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private ProfileRules() {
    }

    public static Map<String, String> name(String firstName, String lastName) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        text(problems, "firstName", firstName);
        text(problems, "lastName", lastName);
        return problems;
    }

    public static Map<String, String> email(String email) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (text(problems, "email", email) && !EMAIL.matcher(email.trim()).matches()) {
            problems.put("email", NOT_AN_EMAIL);
        }
        return problems;
    }

    /** The new password and its repetition, in fields {@code newPassword} and {@code repeatPassword}. */
    public static Map<String, String> newPassword(String password, String repeat) {
        Map<String, String> problems = new LinkedHashMap<String, String>();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_LENGTH) {
            problems.put("newPassword", PASSWORD_LENGTH);
        } else if (!password.equals(repeat)) {
            problems.put("repeatPassword", PASSWORD_MISMATCH);
        }
        return problems;
    }

    /** Trimmed, and null when blank. */
    public static String clean(String text) {
        return text == null || text.trim().isEmpty() ? null : text.trim();
    }

    private static boolean text(Map<String, String> problems, String field, String value) {
        if (value == null || value.trim().isEmpty()) {
            problems.put(field, REQUIRED);
            return false;
        }
        if (value.length() > MAX_LENGTH) {
            problems.put(field, TOO_LONG);
            return false;
        }
        return true;
    }
}
