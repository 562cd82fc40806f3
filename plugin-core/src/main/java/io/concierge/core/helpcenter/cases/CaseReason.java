package io.concierge.core.helpcenter.cases;

import io.concierge.core.helpcenter.reasons.MerchantReason;

/** Why a customer contacts the store (Customer Service › Case reasons): late delivery, damaged, billing… */
public interface CaseReason extends MerchantReason {

    /**
     * Whether a case of this reason is a complaint about the products of its order (damaged, wrong item): many such
     * cases keep a product out of guidance's recommendations ({@link ComplaintProducts}).
     */
    boolean isComplaint();

    void setComplaint(boolean complaint);
}
