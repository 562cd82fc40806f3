package io.concierge.core.helpcenter.account;

import io.concierge.core.kernel.DatabaseTimes;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/** A customer's contact choices, one row per Broadleaf customer id (no row: the defaults). */
@Entity
@Table(name = "CNC_CONTACT_PREFERENCES")
public class ContactPreferencesImpl {

    @Id
    @Column(name = "CUSTOMER_ID")
    protected Long customerId;

    @Column(name = "SURVEYS", nullable = false)
    protected boolean surveys = true;

    @Column(name = "MARKETING", nullable = false)
    protected boolean marketing = true;

    @Column(name = "UPDATED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date updatedAt;

    public ContactPreferencesImpl() {
    }

    ContactPreferencesImpl(long customerId) {
        this.customerId = customerId;
    }

    ContactPreferences.Choices choices() {
        return new ContactPreferences.Choices(surveys, marketing);
    }

    void choose(ContactPreferences.Choices choices, Date now) {
        this.surveys = choices.isSurveys();
        this.marketing = choices.isMarketing();
        this.updatedAt = DatabaseTimes.toTheSecond(now);
    }
}
