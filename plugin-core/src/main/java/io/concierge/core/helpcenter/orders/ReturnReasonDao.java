package io.concierge.core.helpcenter.orders;

import java.util.List;

public interface ReturnReasonDao {

    /** The reasons shoppers may choose, in the merchant's order. */
    List<ReturnReason> readActive();
}
