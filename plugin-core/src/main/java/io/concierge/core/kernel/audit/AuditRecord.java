package io.concierge.core.kernel.audit;

import io.concierge.core.kernel.DatabaseTimes;
import org.codehaus.jackson.map.ObjectMapper;

import java.io.IOException;
import java.util.Date;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * What every audit trail of Concierge keeps of one change, whatever it changed (an order, a customer's profile):
 * when it was made (to the second), from which client address, and the state before and after as JSON objects of
 * strings. Append-only: no column is updatable; each trail's entity adds its subject, its kind of change and who
 * made it, is {@code @Immutable}, and its DAO has no update or delete.
 */
@MappedSuperclass
public abstract class AuditRecord {

    /** The longest JSON text of a state; every value is checked for length before it is audited. */
    public static final int MAX_STATE_LENGTH = 2000;

    /** The longest client address kept (an IPv6 address with a zone fits). */
    public static final int MAX_CLIENT_ADDRESS_LENGTH = 64;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Column(name = "CHANGED_AT", nullable = false, updatable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date changedAt;

    @Column(name = "CLIENT_ADDRESS", updatable = false, length = MAX_CLIENT_ADDRESS_LENGTH)
    protected String clientAddress;

    @Column(name = "BEFORE_STATE", updatable = false, length = MAX_STATE_LENGTH)
    protected String before;

    @Column(name = "AFTER_STATE", nullable = false, updatable = false, length = MAX_STATE_LENGTH)
    protected String after;

    /** Sets the common part: the time (cut to the second), the client address, before (may be null) and after. */
    protected void record(Date now, String clientAddress, Map<String, String> before, Map<String, String> after) {
        this.changedAt = DatabaseTimes.toTheSecond(now);
        this.clientAddress = clientAddressOf(clientAddress);
        this.before = before == null ? null : json(before);
        this.after = json(after);
    }

    /** A client address as kept: trimmed, null when blank, cut to {@link #MAX_CLIENT_ADDRESS_LENGTH}. */
    public static String clientAddressOf(String clientAddress) {
        if (clientAddress == null || clientAddress.trim().isEmpty()) {
            return null;
        }
        String trimmed = clientAddress.trim();
        return trimmed.substring(0, Math.min(trimmed.length(), MAX_CLIENT_ADDRESS_LENGTH));
    }

    /** A map of strings as a JSON object (null values kept as null). */
    public static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (IOException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    /** When it was made (to the second). */
    public Date getChangedAt() {
        return new Date(changedAt.getTime());
    }

    /** The client's IP address, or null when it was not known. */
    public String getClientAddress() {
        return clientAddress;
    }

    /** JSON object of what it was before the change; null when there was no "before". */
    public String getBefore() {
        return before;
    }

    /** JSON object of what it is after the change. */
    public String getAfter() {
        return after;
    }
}
