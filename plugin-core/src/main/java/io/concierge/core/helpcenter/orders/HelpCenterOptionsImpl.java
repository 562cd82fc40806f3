package io.concierge.core.helpcenter.orders;

import java.time.LocalTime;
import java.time.ZoneId;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The store's help-center options: one row, id {@link #STORE_OPTIONS_ID}, made with the defaults at start when it
 * is missing ({@link HelpCenterOptionsRow}). Kept apart from the kernel's settings so that the help center can be
 * left out whole.
 */
@Entity
@Table(name = "CNC_HELPCENTER_OPTIONS")
public class HelpCenterOptionsImpl implements HelpCenterOptions {

    /** Negative, as Broadleaf's seed rows, so it never meets a generated id. */
    public static final long STORE_OPTIONS_ID = -1L;

    @Id
    @Column(name = "OPTIONS_ID")
    protected Long id;

    @Column(name = "CHANGE_DEADLINE", nullable = false, length = 16)
    @Enumerated(EnumType.STRING)
    protected ChangeDeadline changeDeadline = ChangeDeadline.UNTIL_PICKED;

    /** HH:mm, or null for no cut-off. */
    @Column(name = "DAILY_CUTOFF", length = 5)
    protected String dailyCutoff;

    @Column(name = "TIME_ZONE", nullable = false, length = 64)
    protected String timeZone = "UTC";

    @Column(name = "RETURN_WINDOW_DAYS", nullable = false)
    protected Integer returnWindowDays = DEFAULT_RETURN_WINDOW_DAYS;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    @Override
    public ChangeDeadline getChangeDeadline() {
        return changeDeadline;
    }

    public void setChangeDeadline(ChangeDeadline changeDeadline) {
        this.changeDeadline = changeDeadline;
    }

    @Override
    public LocalTime getDailyCutoff() {
        return dailyCutoff == null ? null : LocalTime.parse(dailyCutoff);
    }

    public void setDailyCutoff(LocalTime cutoff) {
        this.dailyCutoff = cutoff == null ? null : cutoff.withSecond(0).withNano(0).toString();
    }

    @Override
    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public void setTimeZone(ZoneId zone) {
        this.timeZone = zone.getId();
    }

    @Override
    public int getReturnWindowDays() {
        return returnWindowDays;
    }

    public void setReturnWindowDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("a return window cannot be negative");
        }
        this.returnWindowDays = days;
    }
}
