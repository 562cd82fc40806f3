package io.concierge.core.survey;

import java.io.Serializable;
import java.util.Date;

/**
 * A post-sale survey (Customer Service › Surveys): what it asks (NPS or CSAT), when it is sent (so many days after
 * the order's dispatch or delivery), at most one survey per customer per so many days (across surveys), one
 * reminder after so many days (0: none), and when it is active.
 */
public interface Survey extends Serializable {

    Long getId();

    String getName();

    SurveyKind getKind();

    SurveyTrigger getTrigger();

    int getTriggerDays();

    int getThrottleDays();

    /** 0 for no reminder. */
    int getReminderDays();

    boolean isActive();

    /** Null: since ever. */
    Date getActiveFrom();

    /** Null: open-ended. */
    Date getActiveTo();

    /** Whether it invites now: active, and within its dates. */
    default boolean isInvitingAt(Date now) {
        return isActive() && (getActiveFrom() == null || !now.before(getActiveFrom()))
                && (getActiveTo() == null || now.before(getActiveTo()));
    }
}
