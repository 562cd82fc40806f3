package io.concierge.core.helpcenter.orders;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class AddressRulesTest {

    /** Portugal without states, the United States with two. */
    private static final AddressRules.Places PLACES = new AddressRules.Places() {
        private final Map<String, Set<String>> known = new HashMap<String, Set<String>>();

        {
            known.put("PT", Collections.<String>emptySet());
            known.put("US", new LinkedHashSet<String>(Arrays.asList("CA", "NY")));
        }

        @Override
        public Set<String> statesOf(String country) {
            return known.get(country);
        }
    };

    static NewAddress lisbon() {
        return new NewAddress().setFirstName("Ana").setLastName("Souza").setAddressLine1("Rua Augusta 10")
                .setCity("Lisboa").setPostalCode("1100-053").setCountry("PT");
    }

    @Test
    void aCompleteAddressWillDoAndOptionalFieldsMayBeLeftOut() {
        assertThat(AddressRules.violations(lisbon(), PLACES)).isEmpty();
        assertThat(AddressRules.violations(lisbon().setCountry("US").setState("NY").setPhone("+1 212 555 0100")
                .setAddressLine2("Apt 4"), PLACES)).isEmpty();
    }

    @Test
    void blankRequiredFieldsAreEachAFieldError() {
        NewAddress blank = new NewAddress().setFirstName("  ").setCountry("PT");
        assertThat(AddressRules.violations(blank, PLACES)).containsOnly(
                entry("firstName", AddressRules.REQUIRED), entry("lastName", AddressRules.REQUIRED),
                entry("addressLine1", AddressRules.REQUIRED), entry("city", AddressRules.REQUIRED),
                entry("postalCode", AddressRules.REQUIRED));
        assertThat(AddressRules.violations(lisbon().setCountry(null), PLACES))
                .containsOnly(entry("country", AddressRules.REQUIRED));
    }

    @Test
    void noFieldIsLongerThanAHundredCharacters() {
        String hundred = new String(new char[AddressRules.MAX_LENGTH]).replace('\0', 'x');
        assertThat(AddressRules.violations(lisbon().setAddressLine2(hundred).setCity(hundred), PLACES)).isEmpty();
        assertThat(AddressRules.violations(lisbon().setAddressLine2(hundred + "x").setPhone(hundred + "1"), PLACES))
                .containsOnly(entry("addressLine2", AddressRules.TOO_LONG), entry("phone", AddressRules.TOO_LONG));
    }

    @Test
    void theCountryAndStateAreOnesTheStoreKnows() {
        assertThat(AddressRules.violations(lisbon().setCountry("XX"), PLACES))
                .containsOnly(entry("country", AddressRules.UNKNOWN_COUNTRY));
        assertThat(AddressRules.violations(lisbon().setCountry("US").setState("TX"), PLACES))
                .containsOnly(entry("state", AddressRules.UNKNOWN_STATE));
        assertThat(AddressRules.violations(lisbon().setState("CA"), PLACES))
                .as("a state of another country").containsOnly(entry("state", AddressRules.UNKNOWN_STATE));
    }
}
