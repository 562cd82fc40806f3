package io.concierge.core.kernel;

import java.io.Serializable;
import java.util.Map;

/**
 * A capability's options for the store: an entity of the capability's own (one row, id {@link #STORE_ROW_ID}, made
 * with the entity's defaults at start by {@link CapabilityRows}), shown in the admin as the capability's options
 * section, read by the capability through {@link StoreOptionsService}. Its rules sit beside its fields.
 */
public interface StoreOptions extends Serializable {

    /** Negative, as Broadleaf's own seed rows, so it never meets an id from the table generator. */
    long STORE_ROW_ID = -1L;

    /** Bean id of the admin-side validator that checks whole numbers against a min/max pair. */
    String RANGE_VALIDATOR = "cncRangePropertyValidator";

    Long getId();

    void setId(Long id);

    /** Field name to message key for every option that breaks a rule; empty when all is well. */
    Map<String, String> violations();
}
