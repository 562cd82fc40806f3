package io.concierge.demo.web.account;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationValidatorTest {

    private final RegistrationValidator validator = new RegistrationValidator(email -> email.equals("taken@example.com"));

    private static RegistrationForm form(String email, String password, String confirm) {
        RegistrationForm form = new RegistrationForm();
        form.setEmail(email);
        form.setFirstName("Nora");
        form.setLastName("Lind");
        form.setPassword(password);
        form.setPasswordConfirm(confirm);
        return form;
    }

    private Errors validate(RegistrationForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "registration");
        validator.validate(form, errors);
        return errors;
    }

    @Test
    void aNewAddressWithMatchingPasswordsPasses() {
        assertThat(validate(form("nora@example.com", "long-enough", "long-enough")).hasErrors()).isFalse();
    }

    @Test
    void anAddressThatAlreadyHasAnAccountIsRefused() {
        assertThat(validate(form("taken@example.com", "long-enough", "long-enough")).getFieldError("email").getCode())
                .isEqualTo("account.problem.emailTaken");
    }

    @Test
    void anInvalidAddressIsRefused() {
        assertThat(validate(form("nora-at-example", "long-enough", "long-enough")).getFieldError("email").getCode())
                .isEqualTo("account.problem.email");
    }

    @Test
    void aShortPasswordIsRefused() {
        assertThat(validate(form("nora@example.com", "1234567", "1234567")).getFieldError("password").getCode())
                .isEqualTo("account.problem.passwordLength");
    }

    @Test
    void differentPasswordsAreRefused() {
        assertThat(validate(form("nora@example.com", "long-enough", "long-enougH"))
                .getFieldError("passwordConfirm").getCode()).isEqualTo("account.problem.passwordMismatch");
    }

    @Test
    void namesAreRequired() {
        RegistrationForm form = form("nora@example.com", "long-enough", "long-enough");
        form.setLastName("  ");
        assertThat(validate(form).getFieldError("lastName").getCode()).isEqualTo("account.problem.required");
    }
}
