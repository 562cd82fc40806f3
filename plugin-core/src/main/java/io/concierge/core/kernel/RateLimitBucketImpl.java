package io.concierge.core.kernel;

import org.hibernate.annotations.Index;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * One subject's count under one rate limit: Bucket4j's serialized bucket, replaced only by a write that names the
 * version it read (compare-and-swap), and removed once it has expired (full again, nothing to remember).
 */
@Entity
@Table(name = "CNC_RATE_LIMIT")
public class RateLimitBucketImpl {

    static final int MAX_KEY_LENGTH = 128;

    @Id
    @Column(name = "BUCKET_KEY", length = MAX_KEY_LENGTH)
    protected String key;

    @Column(name = "STATE", nullable = false, length = 1024)
    protected byte[] state;

    @Column(name = "VERSION", nullable = false)
    protected long version;

    @Column(name = "EXPIRES_MILLIS", nullable = false)
    @Index(name = "CNC_RATE_LIMIT_EXPIRES")
    protected long expiresMillis;

    public RateLimitBucketImpl() {
    }

    RateLimitBucketImpl(String key, byte[] state, long expiresMillis) {
        this.key = key;
        this.state = state.clone();
        this.version = 1;
        this.expiresMillis = expiresMillis;
    }
}
