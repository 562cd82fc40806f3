package io.concierge.toy;

import io.concierge.core.kernel.StoreOptions;

/** The toy capability's one option. */
public interface ToyOptions extends StoreOptions {

    int getStars();

    void setStars(int stars);
}
