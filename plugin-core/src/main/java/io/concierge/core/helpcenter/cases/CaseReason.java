package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.reasons.MerchantReason;

/** Why a customer contacts the store (Customer Service › Case reasons): late delivery, damaged, billing… */
public interface CaseReason extends MerchantReason {
}
