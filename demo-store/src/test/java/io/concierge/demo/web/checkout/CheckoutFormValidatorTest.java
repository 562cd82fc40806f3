package io.concierge.demo.web.checkout;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CheckoutFormValidatorTest {

    private final CheckoutFormValidator validator = new CheckoutFormValidator(countries(),
            new HashSet<Long>(Arrays.asList(1000L, 1001L)));

    private static Map<String, Set<String>> countries() {
        Map<String, Set<String>> countries = new HashMap<String, Set<String>>();
        countries.put("US", new HashSet<String>(Arrays.asList("CA", "NY")));
        countries.put("BR", new HashSet<String>(Collections.singletonList("BR-PR")));
        return countries;
    }

    private static CheckoutForm complete() {
        CheckoutForm form = new CheckoutForm();
        form.setEmail("  lucia@example.com ");
        form.setFirstName("Lúcia");
        form.setLastName("Pereira");
        form.setAddressLine1("Rua das Flores 10");
        form.setCity("Curitiba");
        form.setPostalCode("80000-000");
        form.setCountry("BR");
        form.setState("BR-PR");
        form.setFulfillmentOptionId(1001L);
        return form;
    }

    private Errors validate(CheckoutForm form) {
        Errors errors = new BeanPropertyBindingResult(form, "checkout");
        validator.validate(form, errors);
        return errors;
    }

    @Test
    void aCompleteFormPassesAndItsTextIsTrimmed() {
        CheckoutForm form = complete();
        assertThat(validate(form).hasErrors()).isFalse();
        assertThat(form.getEmail()).isEqualTo("lucia@example.com");
    }

    @Test
    void missingFieldsAreEachReported() {
        CheckoutForm form = complete();
        form.setFirstName(" ");
        form.setCity("");
        Errors errors = validate(form);
        assertThat(errors.getFieldError("firstName").getCode()).isEqualTo("checkout.problem.required");
        assertThat(errors.getFieldError("city").getCode()).isEqualTo("checkout.problem.required");
        assertThat(errors.getErrorCount()).isEqualTo(2);
    }

    @Test
    void anInvalidEmailIsRejected() {
        CheckoutForm form = complete();
        form.setEmail("lucia@");
        assertThat(validate(form).getFieldError("email").getCode()).isEqualTo("checkout.problem.email");
    }

    @Test
    void aCountryTheStoreDoesNotShipToIsRejected() {
        CheckoutForm form = complete();
        form.setCountry("FR");
        assertThat(validate(form).getFieldError("country").getCode()).isEqualTo("checkout.problem.country");
    }

    @Test
    void aStateOfAnotherCountryIsRejectedButNoStateIsFine() {
        CheckoutForm form = complete();
        form.setState("CA");
        assertThat(validate(form).getFieldError("state").getCode()).isEqualTo("checkout.problem.state");
        form.setState("");
        assertThat(validate(form).hasErrors()).isFalse();
    }

    @Test
    void anUnknownOrMissingShippingOptionIsRejected() {
        CheckoutForm form = complete();
        form.setFulfillmentOptionId(42L);
        assertThat(validate(form).getFieldError("fulfillmentOptionId").getCode()).isEqualTo("checkout.problem.shipping");
        form.setFulfillmentOptionId(null);
        assertThat(validate(form).getFieldError("fulfillmentOptionId").getCode()).isEqualTo("checkout.problem.shipping");
    }

    @Test
    void overlongTextIsRejected() {
        CheckoutForm form = complete();
        form.setAddressLine2(new String(new char[CheckoutFormValidator.MAX_LENGTH + 1]).replace('\0', 'x'));
        assertThat(validate(form).getFieldError("addressLine2").getCode()).isEqualTo("checkout.problem.tooLong");
    }
}
