package io.concierge.core.kernel;

/**
 * The store's Concierge switches. Read at most once per web request and never cached beyond it, so an admin change
 * applies on the next request; a store that never saved settings gets the defaults.
 */
public interface ConciergeSettingsService {

    ConciergeSettings currentSettings();

    boolean isEnabled(Capability capability);

    /**
     * Saves the settings after checking {@link SettingsRules}.
     *
     * @throws InvalidSettingsException when an option is out of range; nothing is saved then
     */
    ConciergeSettings save(ConciergeSettings settings);
}
