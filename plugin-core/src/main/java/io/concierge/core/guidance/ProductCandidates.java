package io.concierge.core.guidance;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import org.springframework.transaction.support.TransactionSynchronizationAdapter;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What a product could offer before the shopper is known: its complements and substitutes in order, each a product
 * id with its reasons (the merchant's texts, the shown rules with their figures, the attribute differences). Kept
 * per node for {@value #CACHE_SECONDS} s, since the product page is the store's busiest and these take a query per
 * rule set and the product's links; what depends on the shopper or changes by the minute (cart, durables bought,
 * stock, activity, suppressions) is applied to the kept list on every request.
 * <p>
 * One cache per JVM, not per Spring context: the storefront and the admin run as two contexts of one node, and a
 * pair the merchant marks as wrong in the admin, or a mining run, must leave the storefront of that node at once.
 * {@link #forget(long)} and {@link #forgetAll()} act after the current transaction commits; a list read before that
 * commit is not kept (a generation number tells). Other nodes see such changes within {@value #CACHE_SECONDS} s.
 */
final class ProductCandidates {

    static final long CACHE_SECONDS = 30;
    static final long CACHED_PRODUCTS = 10000;

    private static final Cache<Long, ProductCandidates> RECENT = CacheBuilder.newBuilder()
            .expireAfterWrite(CACHE_SECONDS, TimeUnit.SECONDS).maximumSize(CACHED_PRODUCTS).build();
    private static final AtomicLong GENERATION = new AtomicLong();

    final List<Candidate> complements;
    final List<Candidate> substitutes;

    ProductCandidates(List<Candidate> complements, List<Candidate> substitutes) {
        this.complements = Collections.unmodifiableList(complements);
        this.substitutes = Collections.unmodifiableList(substitutes);
    }

    /** The product's kept candidates, or those {@code read} gives (kept unless a change came meanwhile). */
    static ProductCandidates of(long productId, Supplier<ProductCandidates> read) {
        ProductCandidates kept = RECENT.getIfPresent(productId);
        if (kept != null) {
            return kept;
        }
        long generation = GENERATION.get();
        ProductCandidates fresh = read.get();
        synchronized (GENERATION) {
            if (GENERATION.get() == generation) {
                RECENT.put(productId, fresh);
            }
        }
        return fresh;
    }

    /** The product's rules changed (a pair hidden or shown again). */
    static void forget(long productId) {
        afterCommit(() -> RECENT.invalidate(productId));
    }

    /** Every product's rules changed (a mining run). */
    static void forgetAll() {
        afterCommit(RECENT::invalidateAll);
    }

    private static void afterCommit(Runnable forgetting) {
        Runnable now = () -> {
            synchronized (GENERATION) {
                GENERATION.incrementAndGet();
                forgetting.run();
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronizationAdapter() {
                @Override
                public void afterCommit() {
                    now.run();
                }
            });
        } else {
            now.run();
        }
    }

    /** A product to offer with its reasons; the product itself is loaded per request (its stock may change). */
    static final class Candidate {

        final long productId;
        final List<Reason> reasons;

        Candidate(long productId, List<Reason> reasons) {
            this.productId = productId;
            this.reasons = Collections.unmodifiableList(reasons);
        }
    }
}
