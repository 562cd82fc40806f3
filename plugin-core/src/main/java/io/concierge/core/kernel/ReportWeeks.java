package io.concierge.core.kernel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * The weeks a report shows (weeks from Monday in the store's time zone, the last one holding "now"), for every
 * capability's charts: their first days as labels, when the first began, and which week a moment or a day is in.
 */
public final class ReportWeeks {

    private final LocalDate firstMonday;
    private final int weeks;
    private final ZoneId zone;

    private ReportWeeks(LocalDate firstMonday, int weeks, ZoneId zone) {
        this.firstMonday = firstMonday;
        this.weeks = weeks;
        this.zone = zone;
    }

    /** The {@code weeks} weeks up to and including the one of {@code now}. */
    public static ReportWeeks endingAt(Date now, int weeks, ZoneId zone) {
        LocalDate thisMonday = now.toInstant().atZone(zone).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportWeeks(thisMonday.minusWeeks(weeks - 1), weeks, zone);
    }

    /** The weeks from the one holding {@code from} to the one holding {@code to} (at most {@code maxWeeks}). */
    public static ReportWeeks between(LocalDate from, LocalDate to, int maxWeeks, ZoneId zone) {
        LocalDate first = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) Math.min(maxWeeks, Math.max(1, ChronoUnit.WEEKS.between(first, to) + 1));
        return new ReportWeeks(first, weeks, zone);
    }

    public int size() {
        return weeks;
    }

    /** When the first week began. */
    public Date since() {
        return Date.from(firstMonday.atStartOfDay(zone).toInstant());
    }

    /** When the last week ends. */
    public Date until() {
        return Date.from(firstMonday.plusWeeks(weeks).atStartOfDay(zone).toInstant());
    }

    /** The last week's Sunday. */
    public LocalDate lastDay() {
        return firstMonday.plusWeeks(weeks).minusDays(1);
    }

    /** Each week's Monday, ISO (2026-11-30). */
    public List<String> labels() {
        List<String> labels = new ArrayList<String>();
        for (int week = 0; week < weeks; week++) {
            labels.add(firstMonday.plusWeeks(week).toString());
        }
        return labels;
    }

    /** @return the week's index, or -1 outside the weeks */
    public int weekOf(Date time) {
        return weekOf(time.toInstant().atZone(zone).toLocalDate());
    }

    public int weekOf(LocalDate day) {
        int week = (int) Math.floorDiv(ChronoUnit.DAYS.between(firstMonday, day), 7);
        return week < 0 || week >= weeks ? -1 : week;
    }

    /** A zero per week, to count into. */
    public List<Integer> zeros() {
        return new ArrayList<Integer>(Collections.nCopies(weeks, 0));
    }
}
