package io.concierge.core.kernel;

/** Reads and saves the capabilities' {@link StoreOptions}, fresh from the database on every call. */
public interface StoreOptionsService {

    /** The store's row of this options entity, or unsaved defaults on a database that has none yet. */
    <T extends StoreOptions> T read(Class<T> optionsType);

    /**
     * Saves the options after checking their rules.
     *
     * @throws InvalidOptionsException when an option breaks a rule; nothing is saved then
     */
    <T extends StoreOptions> T save(T options);
}
