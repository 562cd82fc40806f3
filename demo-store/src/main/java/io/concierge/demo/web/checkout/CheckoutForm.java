package io.concierge.demo.web.checkout;

/** What a shopper types at checkout: contact, shipping address and shipping option. */
public class CheckoutForm {

    private String email = "";
    private String firstName = "";
    private String lastName = "";
    private String addressLine1 = "";
    private String addressLine2 = "";
    private String city = "";
    private String state = "";
    private String postalCode = "";
    private String country = "";
    private String phone = "";
    private Long fulfillmentOptionId;

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = trim(email); }

    public String getFirstName() { return firstName; }

    public void setFirstName(String firstName) { this.firstName = trim(firstName); }

    public String getLastName() { return lastName; }

    public void setLastName(String lastName) { this.lastName = trim(lastName); }

    public String getAddressLine1() { return addressLine1; }

    public void setAddressLine1(String addressLine1) { this.addressLine1 = trim(addressLine1); }

    public String getAddressLine2() { return addressLine2; }

    public void setAddressLine2(String addressLine2) { this.addressLine2 = trim(addressLine2); }

    public String getCity() { return city; }

    public void setCity(String city) { this.city = trim(city); }

    /** A state or province code (e.g. CA, BR-SP, ES-M); optional. */
    public String getState() { return state; }

    public void setState(String state) { this.state = trim(state); }

    public String getPostalCode() { return postalCode; }

    public void setPostalCode(String postalCode) { this.postalCode = trim(postalCode); }

    /** An ISO country code the store ships to. */
    public String getCountry() { return country; }

    public void setCountry(String country) { this.country = trim(country); }

    public String getPhone() { return phone; }

    public void setPhone(String phone) { this.phone = trim(phone); }

    public Long getFulfillmentOptionId() { return fulfillmentOptionId; }

    public void setFulfillmentOptionId(Long fulfillmentOptionId) { this.fulfillmentOptionId = fulfillmentOptionId; }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }
}
