package io.concierge.core.kernel;

/**
 * What the kernel knows of one installed capability: a bean declared in the capability's own patch file
 * ({@code bl-concierge-<key>-applicationContext.xml}), next to its entities and services. A site that does not list
 * that file does not have the capability: no switch, no routes, no admin sections, no tables.
 *
 * <p>The kernel gives every module a switch ({@link CapabilitySwitch}, on by default) and, when the module names an
 * options entity, the store's row of it with its defaults ({@link StoreOptions}).
 */
public class CapabilityModule {

    private final String key;
    private final String name;
    private final Class<? extends StoreOptions> optionsType;

    /**
     * @param key         short and stable: in {@code @CapabilityRoutes}, widget names, message keys and the JSON of
     *                    the capabilities API ({@code kb}, {@code helpcenter})
     * @param name        how the admin's switch row names it until the merchant renames it
     * @param optionsType the capability's options entity, or null when it has no options
     */
    public CapabilityModule(String key, String name, Class<? extends StoreOptions> optionsType) {
        if (key == null || !key.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("a capability key is lower-case letters and digits: " + key);
        }
        this.key = key;
        this.name = name;
        this.optionsType = optionsType;
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public Class<? extends StoreOptions> optionsType() {
        return optionsType;
    }

    @Override
    public String toString() {
        return key;
    }
}
