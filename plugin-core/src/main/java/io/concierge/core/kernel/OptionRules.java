package io.concierge.core.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects the broken rules of a {@link StoreOptions}; plain Java, so that options are tested without Spring. The
 * message key of a range is {@code <entity simple name>_<field>_range}, the key the admin's range validator shows.
 */
public final class OptionRules {

    private final String prefix;
    private final Map<String, String> violations = new LinkedHashMap<String, String>();

    public OptionRules(Class<? extends StoreOptions> optionsType) {
        this.prefix = optionsType.getSimpleName() + "_";
    }

    public OptionRules range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            violations.put(field, prefix + field + "_range");
        }
        return this;
    }

    public Map<String, String> violations() {
        return Collections.unmodifiableMap(violations);
    }
}
