package io.concierge.storefront.helpcenter;

import org.springframework.validation.Errors;

/** What a guest types to find an order. Error codes are message keys of the help center. */
public class OrderLookupForm {

    static final int MAX_EMAIL_LENGTH = 254;

    private String orderNumber = "";
    private String email = "";

    public String getOrderNumber() { return orderNumber; }

    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber == null ? "" : orderNumber.trim(); }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email == null ? "" : email.trim(); }

    /** Empty or overlong fields; what is left can only be right or wrong together. */
    void validate(Errors errors) {
        check(errors, "orderNumber", orderNumber, OrderAccess.MAX_ORDER_NUMBER_LENGTH);
        check(errors, "email", email, MAX_EMAIL_LENGTH);
    }

    private static void check(Errors errors, String field, String value, int maxLength) {
        if (value.isEmpty()) {
            errors.rejectValue(field, "helpcenter.lookup.problem.required");
        } else if (value.length() > maxLength) {
            errors.rejectValue(field, "helpcenter.lookup.problem.tooLong");
        }
    }
}
