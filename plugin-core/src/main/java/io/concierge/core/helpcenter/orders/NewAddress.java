package io.concierge.core.helpcenter.orders;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A shipping address as a shopper or agent types it (a form can bind to it). Country and state are Broadleaf's
 * abbreviations (e.g. {@code PT}, {@code US} and {@code CA}); the state is optional. Blank values are null.
 */
public class NewAddress {

    private String firstName;
    private String lastName;
    private String addressLine1;
    private String addressLine2;
    private String city;
    private String postalCode;
    private String country;
    private String state;
    private String phone;

    /** The fields by their names, in form order: the audit trail's text of an address. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<String, String>();
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("addressLine1", addressLine1);
        fields.put("addressLine2", addressLine2);
        fields.put("city", city);
        fields.put("postalCode", postalCode);
        fields.put("country", country);
        fields.put("state", state);
        fields.put("phone", phone);
        return fields;
    }

    /** The address on one line, as a note says it: the fields given, in form order. */
    public String lines() {
        StringBuilder line = new StringBuilder();
        for (String value : fields().values()) {
            if (value != null) {
                line.append(line.length() == 0 ? "" : ", ").append(value);
            }
        }
        return line.toString();
    }

    private static String clean(String text) {
        return text == null || text.trim().isEmpty() ? null : text.trim();
    }

    public String getFirstName() {
        return firstName;
    }

    public NewAddress setFirstName(String firstName) {
        this.firstName = clean(firstName);
        return this;
    }

    public String getLastName() {
        return lastName;
    }

    public NewAddress setLastName(String lastName) {
        this.lastName = clean(lastName);
        return this;
    }

    public String getAddressLine1() {
        return addressLine1;
    }

    public NewAddress setAddressLine1(String addressLine1) {
        this.addressLine1 = clean(addressLine1);
        return this;
    }

    public String getAddressLine2() {
        return addressLine2;
    }

    public NewAddress setAddressLine2(String addressLine2) {
        this.addressLine2 = clean(addressLine2);
        return this;
    }

    public String getCity() {
        return city;
    }

    public NewAddress setCity(String city) {
        this.city = clean(city);
        return this;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public NewAddress setPostalCode(String postalCode) {
        this.postalCode = clean(postalCode);
        return this;
    }

    public String getCountry() {
        return country;
    }

    public NewAddress setCountry(String country) {
        this.country = clean(country);
        return this;
    }

    public String getState() {
        return state;
    }

    public NewAddress setState(String state) {
        this.state = clean(state);
        return this;
    }

    public String getPhone() {
        return phone;
    }

    public NewAddress setPhone(String phone) {
        this.phone = clean(phone);
        return this;
    }
}
