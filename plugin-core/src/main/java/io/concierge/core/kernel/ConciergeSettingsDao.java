package io.concierge.core.kernel;

/** Storage of the store's {@link ConciergeSettings}. */
public interface ConciergeSettingsDao {

    /** The store's settings record, or {@code null} when none has been saved yet. */
    ConciergeSettings readStoreSettings();

    ConciergeSettings save(ConciergeSettings settings);
}
