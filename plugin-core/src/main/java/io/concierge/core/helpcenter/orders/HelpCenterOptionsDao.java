package io.concierge.core.helpcenter.orders;

/** The store's help-center options row. */
public interface HelpCenterOptionsDao {

    /** @return the store's row, or null when it has not been made yet */
    HelpCenterOptionsImpl readStoreOptions();

    HelpCenterOptionsImpl save(HelpCenterOptionsImpl options);
}
