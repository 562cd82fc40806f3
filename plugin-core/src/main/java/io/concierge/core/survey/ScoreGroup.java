package io.concierge.core.survey;

/** Where a score puts the customer, which chooses the follow-up: what went wrong, what would make it a 10, a review. */
public enum ScoreGroup {
    DETRACTOR, PASSIVE, PROMOTER
}
