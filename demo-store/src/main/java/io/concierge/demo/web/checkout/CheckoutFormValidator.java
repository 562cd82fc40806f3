package io.concierge.demo.web.checkout;

import org.apache.commons.validator.EmailValidator;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import java.util.Map;
import java.util.Set;

/**
 * Checks a checkout form against what the store offers. Error codes are message keys of the demo theme, so the
 * shopper reads each problem beside its field in their language.
 */
public class CheckoutFormValidator implements Validator {

    static final int MAX_LENGTH = 100;

    private final Map<String, Set<String>> statesByCountry;
    private final Set<Long> fulfillmentOptionIds;

    /**
     * @param statesByCountry the countries the store ships to, each with its known state codes
     * @param fulfillmentOptionIds the shipping options the shopper may choose
     */
    public CheckoutFormValidator(Map<String, Set<String>> statesByCountry, Set<Long> fulfillmentOptionIds) {
        this.statesByCountry = statesByCountry;
        this.fulfillmentOptionIds = fulfillmentOptionIds;
    }

    @Override
    public boolean supports(Class<?> type) {
        return CheckoutForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        CheckoutForm form = (CheckoutForm) target;
        required(errors, "email", form.getEmail());
        if (!form.getEmail().isEmpty() && !EmailValidator.getInstance().isValid(form.getEmail())) {
            errors.rejectValue("email", "checkout.problem.email");
        }
        required(errors, "firstName", form.getFirstName());
        required(errors, "lastName", form.getLastName());
        required(errors, "addressLine1", form.getAddressLine1());
        optional(errors, "addressLine2", form.getAddressLine2());
        required(errors, "city", form.getCity());
        required(errors, "postalCode", form.getPostalCode());
        optional(errors, "phone", form.getPhone());
        Set<String> states = statesByCountry.get(form.getCountry());
        if (states == null) {
            errors.rejectValue("country", "checkout.problem.country");
        } else if (!form.getState().isEmpty() && !states.contains(form.getState())) {
            errors.rejectValue("state", "checkout.problem.state");
        }
        if (form.getFulfillmentOptionId() == null || !fulfillmentOptionIds.contains(form.getFulfillmentOptionId())) {
            errors.rejectValue("fulfillmentOptionId", "checkout.problem.shipping");
        }
    }

    private static void required(Errors errors, String field, String value) {
        if (value.isEmpty()) {
            errors.rejectValue(field, "checkout.problem.required");
        } else {
            optional(errors, field, value);
        }
    }

    private static void optional(Errors errors, String field, String value) {
        if (value.length() > MAX_LENGTH) {
            errors.rejectValue(field, "checkout.problem.tooLong");
        }
    }
}
