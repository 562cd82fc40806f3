package io.concierge.core.kernel;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.annotation.PostConstruct;
import javax.annotation.PreDestroy;
import javax.annotation.Resource;
import javax.persistence.EntityManagerFactory;
import javax.persistence.PersistenceUnit;

/**
 * {@link RateLimiter} on Bucket4j's token buckets (capacity = the limit's events, refilled all at once at the end of
 * each period), kept in {@code CNC_RATE_LIMIT} through Bucket4j's compare-and-swap proxy manager: a write replaces a
 * bucket only if nobody replaced it since it was read, else Bucket4j reads again and retries, so concurrent nodes
 * never lose or double an event. Bucket4j's own JDBC stores are Java 11 bytecode and know no HSQLDB; this adapter
 * is plain JPA and works on every database of blPU. Times are the nodes' clocks (keep them in sync, as for any
 * cluster). Expired buckets (full again) are deleted every {@code concierge.rateLimits.cleanupMinutes} on each node.
 */
@Service("cncRateLimiter")
public class DatabaseRateLimiter implements RateLimiter {

    private static final Log LOG = LogFactory.getLog(DatabaseRateLimiter.class);

    @Resource(name = "cncTaskScheduler")
    protected TaskScheduler scheduler;

    @PersistenceUnit(unitName = "blPU")
    protected EntityManagerFactory entityManagerFactory;

    @Value("${concierge.rateLimits.cleanupMinutes:10}")
    protected long cleanupMinutes = 10;

    private RateLimitBuckets buckets;
    private BucketStore store;
    private ScheduledFuture<?> cleaning;

    @PostConstruct
    public void start() {
        buckets = new RateLimitBuckets(entityManagerFactory);
        store = new BucketStore(buckets);
        long period = TimeUnit.MINUTES.toMillis(cleanupMinutes);
        cleaning = scheduler.scheduleWithFixedDelay(this::deleteExpired, new Date(System.currentTimeMillis() + period),
                period);
    }

    @PreDestroy
    public void stop() {
        cleaning.cancel(true);
    }

    @Override
    public RateLimitDecision tryAcquire(RateLimit limit, String subject) {
        ConsumptionProbe probe = bucket(limit, subject).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? RateLimitDecision.allowed()
                : RateLimitDecision.refusedForNanos(probe.getNanosToWaitForRefill());
    }

    @Override
    public void release(RateLimit limit, String subject) {
        bucket(limit, subject).addTokens(1);
    }

    @Override
    public RateLimitDecision check(RateLimit limit, String subject) {
        EstimationProbe probe = bucket(limit, subject).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? RateLimitDecision.allowed()
                : RateLimitDecision.refusedForNanos(probe.getNanosToWaitForRefill());
    }

    /** Never throws: a failed clean-up is retried at the next one. */
    void deleteExpired() {
        try {
            buckets.deleteExpired(System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.warn("Expired rate-limit counts were not deleted: " + e.getMessage());
        }
    }

    private BucketProxy bucket(RateLimit limit, String subject) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.getEvents())
                        .refillIntervally(limit.getEvents(), limit.getPeriod()).build())
                .build();
        return store.builder().build(limit.bucketPrefix() + hash(subject), configuration);
    }

    /** Subjects (e-mail addresses, client addresses) are not stored as such; the hash also bounds the key. */
    static String hash(String subject) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(subject).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bucket4j's generic compare-and-swap proxy manager over {@link RateLimitBuckets}. */
    static final class BucketStore extends AbstractCompareAndSwapBasedProxyManager<String> {

        private final RateLimitBuckets buckets;

        BucketStore(RateLimitBuckets buckets) {
            super(ClientSideConfig.getDefault().withClientClock(TimeMeter.SYSTEM_MILLISECONDS)
                    .withExpirationAfterWriteStrategy(
                            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1))));
            this.buckets = buckets;
        }

        @Override
        protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
            return new CompareAndSwapOperation() {
                private Long versionRead;

                @Override
                public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                    RateLimitBuckets.Stored stored = buckets.read(key);
                    versionRead = stored == null ? null : stored.version;
                    return stored == null ? Optional.empty() : Optional.of(stored.state);
                }

                @Override
                public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState,
                                              Optional<Long> timeoutNanos) {
                    long now = System.currentTimeMillis();
                    long expires = now + getClientSideConfig().getExpirationAfterWriteStrategy().get()
                            .calculateTimeToLiveMillis(newState, now * 1_000_000L);
                    return versionRead == null ? buckets.insert(key, newData, expires)
                            : buckets.replace(key, versionRead, newData, expires);
                }
            };
        }

        @Override
        protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
            throw new UnsupportedOperationException("synchronous use only");
        }

        @Override
        protected CompletableFuture<Void> removeAsync(String key) {
            throw new UnsupportedOperationException("synchronous use only");
        }

        @Override
        public void removeProxy(String key) {
            throw new UnsupportedOperationException("buckets expire; none is removed by hand");
        }

        @Override
        public boolean isExpireAfterWriteSupported() {
            return true;
        }

        @Override
        public boolean isAsyncModeSupported() {
            return false;
        }
    }
}
