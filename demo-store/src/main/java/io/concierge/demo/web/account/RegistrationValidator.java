package io.concierge.demo.web.account;

import org.apache.commons.validator.EmailValidator;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Rules for a new account. Error codes are message keys of the demo theme. */
public class RegistrationValidator implements Validator {

    static final int MIN_PASSWORD = 8;
    static final int MAX_LENGTH = 100;

    /** Answers whether an e-mail address already belongs to an account. */
    public interface AccountLookup {
        boolean exists(String email);
    }

    private final AccountLookup accounts;

    public RegistrationValidator(AccountLookup accounts) {
        this.accounts = accounts;
    }

    @Override
    public boolean supports(Class<?> type) {
        return RegistrationForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        RegistrationForm form = (RegistrationForm) target;
        if (form.getEmail().isEmpty()) {
            errors.rejectValue("email", "account.problem.required");
        } else if (form.getEmail().length() > MAX_LENGTH || !EmailValidator.getInstance().isValid(form.getEmail())) {
            errors.rejectValue("email", "account.problem.email");
        } else if (accounts.exists(form.getEmail())) {
            errors.rejectValue("email", "account.problem.emailTaken");
        }
        name(errors, "firstName", form.getFirstName());
        name(errors, "lastName", form.getLastName());
        if (form.getPassword().length() < MIN_PASSWORD || form.getPassword().length() > MAX_LENGTH) {
            errors.rejectValue("password", "account.problem.passwordLength");
        } else if (!form.getPassword().equals(form.getPasswordConfirm())) {
            errors.rejectValue("passwordConfirm", "account.problem.passwordMismatch");
        }
    }

    private static void name(Errors errors, String field, String value) {
        if (value.isEmpty()) {
            errors.rejectValue(field, "account.problem.required");
        } else if (value.length() > MAX_LENGTH) {
            errors.rejectValue(field, "account.problem.tooLong");
        }
    }
}
