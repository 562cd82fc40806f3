package io.concierge.core.survey;

/** The post-sale surveys capability: NPS and CSAT after dispatch or delivery, answered with one click. */
public final class Surveys {

    /** Its capability key (switch, routes, patch files {@code bl-concierge-survey-*}). */
    public static final String KEY = "survey";

    private Surveys() {
    }
}
