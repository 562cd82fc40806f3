package io.concierge.core.kernel;

import java.util.List;

/**
 * What a capability knows about a customer, for the admin's customer view beside a case (the help center shows
 * orders, addresses and earlier cases itself): the loyalty tier, survey answers… Every bean of this type is asked.
 */
public interface CustomerFacts {

    /** @return label (an admin message key) and text pairs, in the order shown; empty when there is nothing */
    List<CustomerFact> factsAbout(long customerId);

    /** One line of the customer view. */
    final class CustomerFact {
        private final String labelKey;
        private final String text;

        public CustomerFact(String labelKey, String text) {
            this.labelKey = labelKey;
            this.text = text;
        }

        public String getLabelKey() {
            return labelKey;
        }

        public String getText() {
            return text;
        }
    }
}
