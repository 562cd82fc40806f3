package io.concierge.core.kernel;

public interface StoreOptionsDao {

    /** The store's row of this options entity, or null. */
    <T extends StoreOptions> T readStored(Class<T> optionsType);

    <T extends StoreOptions> T save(T options);
}
