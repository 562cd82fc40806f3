package io.concierge.core.helpcenter.orders;

import io.concierge.core.helpcenter.reasons.MerchantReason;

/** A reason a shopper may give for a return (Customer Service › Return reasons). */
public interface ReturnReason extends MerchantReason {
}
