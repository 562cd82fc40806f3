package io.concierge.core.helpcenter.orders;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whether a new shipping address will do: names, first line, city and postal code are required, no field is longer
 * than {@link #MAX_LENGTH}, the country is one the store knows and the state, when given, one of that country's.
 * Each problem is a field name with a message key ({@code helpcenter.orders.address.*}).
 */
public final class AddressRules {

    static final int MAX_LENGTH = 100;

    public static final String REQUIRED = "helpcenter.orders.address.required";
    public static final String TOO_LONG = "helpcenter.orders.address.tooLong";
    public static final String UNKNOWN_COUNTRY = "helpcenter.orders.address.unknownCountry";
    public static final String UNKNOWN_STATE = "helpcenter.orders.address.unknownState";

    /** The countries and states the store knows (Broadleaf's, through its adapter). */
    public interface Places {
        /** @return the abbreviations of the country's states (empty when it has none), or null for an unknown country */
        Set<String> statesOf(String country);
    }

    private AddressRules() {
    }

    /** @return the problems by field, in form order; empty when the address will do */
    public static Map<String, String> violations(NewAddress address, Places places) {
        Map<String, String> violations = new LinkedHashMap<String, String>();
        for (Map.Entry<String, String> field : address.fields().entrySet()) {
            String value = field.getValue();
            if (value == null && isRequired(field.getKey())) {
                violations.put(field.getKey(), REQUIRED);
            } else if (value != null && value.length() > MAX_LENGTH) {
                violations.put(field.getKey(), TOO_LONG);
            }
        }
        if (!violations.containsKey("country")) {
            Set<String> states = places.statesOf(address.getCountry());
            if (states == null) {
                violations.put("country", UNKNOWN_COUNTRY);
            } else if (address.getState() != null && !violations.containsKey("state")
                    && !states.contains(address.getState())) {
                violations.put("state", UNKNOWN_STATE);
            }
        }
        return violations;
    }

    private static boolean isRequired(String field) {
        return !"addressLine2".equals(field) && !"state".equals(field) && !"phone".equals(field);
    }
}
