package io.concierge.core.kb.search;

import java.util.Date;

/** A snapshot of the full reindex: what it is doing, how far it got, and how it ended. */
public final class ReindexProgress {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    static final ReindexProgress IDLE = new ReindexProgress(State.IDLE, 0, 0, null, null, null);

    private final State state;
    private final long done;
    private final long total;
    private final Date startedAt;
    private final Date finishedAt;
    private final String error;

    ReindexProgress(State state, long done, long total, Date startedAt, Date finishedAt, String error) {
        this.state = state;
        this.done = done;
        this.total = total;
        this.startedAt = copy(startedAt);
        this.finishedAt = copy(finishedAt);
        this.error = error;
    }

    static ReindexProgress started(Date at) {
        return new ReindexProgress(State.RUNNING, 0, 0, at, null, null);
    }

    ReindexProgress counted(long guides) {
        return new ReindexProgress(state, done, guides, startedAt, null, null);
    }

    ReindexProgress advancedTo(long doneNow) {
        return new ReindexProgress(state, doneNow, Math.max(total, doneNow), startedAt, null, null);
    }

    ReindexProgress finished(Date at) {
        return new ReindexProgress(State.DONE, done, done, startedAt, at, null);
    }

    ReindexProgress failed(Date at, String message) {
        return new ReindexProgress(State.FAILED, done, total, startedAt, at, message);
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    /** Guides read so far (listed or not). */
    public long getDone() {
        return done;
    }

    /** Guides to read, as counted at the start (grows if guides are added meanwhile). */
    public long getTotal() {
        return total;
    }

    /** 0 to 100. */
    public int getPercent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public Date getStartedAt() {
        return copy(startedAt);
    }

    public Date getFinishedAt() {
        return copy(finishedAt);
    }

    /** Why it failed, for the admin; null unless FAILED. */
    public String getError() {
        return error;
    }

    private static Date copy(Date date) {
        return date == null ? null : new Date(date.getTime());
    }

    @Override
    public String toString() {
        return state + " " + done + "/" + total + (error != null ? " " + error : "");
    }
}
