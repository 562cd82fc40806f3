package io.concierge.storefront.helpcenter;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;

class OrderLookupFormTest {

    private static Errors validated(String orderNumber, String email) {
        OrderLookupForm form = new OrderLookupForm();
        form.setOrderNumber(orderNumber);
        form.setEmail(email);
        Errors errors = new BeanPropertyBindingResult(form, "lookup");
        form.validate(errors);
        return errors;
    }

    private static String code(Errors errors, String field) {
        return errors.getFieldError(field) == null ? null : errors.getFieldError(field).getCode();
    }

    @Test
    void bothFieldsAreRequiredAndBlanksAreEmpty() {
        Errors errors = validated("  ", null);
        assertThat(code(errors, "orderNumber")).isEqualTo("helpcenter.lookup.problem.required");
        assertThat(code(errors, "email")).isEqualTo("helpcenter.lookup.problem.required");
    }

    @Test
    void overlongFieldsAreRefused() {
        StringBuilder longNumber = new StringBuilder();
        while (longNumber.length() <= OrderAccess.MAX_ORDER_NUMBER_LENGTH) {
            longNumber.append('1');
        }
        StringBuilder longEmail = new StringBuilder("@example.com");
        while (longEmail.length() <= OrderLookupForm.MAX_EMAIL_LENGTH) {
            longEmail.insert(0, 'a');
        }
        Errors errors = validated(longNumber.toString(), longEmail.toString());
        assertThat(code(errors, "orderNumber")).isEqualTo("helpcenter.lookup.problem.tooLong");
        assertThat(code(errors, "email")).isEqualTo("helpcenter.lookup.problem.tooLong");
    }

    @Test
    void aTypedNumberAndEmailPassTrimmed() {
        OrderLookupForm form = new OrderLookupForm();
        form.setOrderNumber(" 202605301014223181000 ");
        form.setEmail(" a@example.com");
        Errors errors = new BeanPropertyBindingResult(form, "lookup");
        form.validate(errors);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(form.getOrderNumber()).isEqualTo("202605301014223181000");
        assertThat(form.getEmail()).isEqualTo("a@example.com");
    }
}
