package io.concierge.core.helpcenter.account;

import java.util.Collection;
import java.util.Set;

/**
 * Which mails a customer accepts, for every capability that writes to customers (the post-sale surveys ask before
 * inviting): bean {@code cncContactPreferences}. A customer who never chose accepts surveys and marketing (both are
 * opt-out); order mails are always allowed.
 */
public interface ContactPreferences {

    /** @return whether the store may write to this customer for this purpose (true for {@link Purpose#ORDER}) */
    boolean mayReceive(long customerId, Purpose purpose);

    /**
     * Of these customers, those the store may not write to for this purpose, in one query (for mails written in
     * batches); none for {@link Purpose#ORDER}.
     */
    Set<Long> refusing(Collection<Long> customerIds, Purpose purpose);

    /** The customer's choices (the defaults when they never chose). */
    Choices of(long customerId);

    /** The customer's choices besides the order mails. */
    final class Choices {
        private final boolean surveys;
        private final boolean marketing;

        public Choices(boolean surveys, boolean marketing) {
            this.surveys = surveys;
            this.marketing = marketing;
        }

        public boolean isSurveys() {
            return surveys;
        }

        public boolean isMarketing() {
            return marketing;
        }

        /** Order mails are always on, and shown so. */
        public boolean isOrderMails() {
            return true;
        }

        public boolean allows(Purpose purpose) {
            return purpose == Purpose.ORDER || (purpose == Purpose.SURVEY ? surveys : marketing);
        }
    }
}
