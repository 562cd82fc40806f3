package io.concierge.core.kernel;

import java.time.Duration;

/**
 * A limit of {@code events} per {@code period} for each subject (an account, a client address, a visitor and
 * guide...). The period starts with a subject's first event; when its events are used up, it waits for the period's
 * end. {@code name} keeps the subjects of different limits apart.
 */
public final class RateLimit {

    private final String name;
    private final long events;
    private final Duration period;

    private RateLimit(String name, long events, Duration period) {
        if (name == null || !name.matches("[a-z][a-z0-9.-]{0,39}")) {
            throw new IllegalArgumentException("rate limit name: lower-case letters, digits, dots, dashes; got " + name);
        }
        if (events < 1) {
            throw new IllegalArgumentException("rate limit " + name + ": at least 1 event, got " + events);
        }
        if (period == null || period.getSeconds() < 1) {
            throw new IllegalArgumentException("rate limit " + name + ": a period of at least a second, got " + period);
        }
        this.name = name;
        this.events = events;
        this.period = period;
    }

    public static RateLimit of(String name, long events, Duration period) {
        return new RateLimit(name, events, period);
    }

    public String getName() {
        return name;
    }

    public long getEvents() {
        return events;
    }

    public Duration getPeriod() {
        return period;
    }

    /** Changing the events or the period starts new counts rather than reading old ones under the new limit. */
    String bucketPrefix() {
        return name + ":" + events + "/" + period.getSeconds() + ":";
    }

    @Override
    public String toString() {
        return name + " (" + events + " per " + period.getSeconds() + " s)";
    }
}
