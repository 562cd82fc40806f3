package io.concierge.core.helpcenter.reasons;

import java.util.List;

public interface MerchantReasonDao {

    /** The reasons of one list that shoppers may choose, in the merchant's order. */
    <T extends MerchantReason> List<T> readActive(Class<? extends T> list);
}
